/* global window, fetch */
// The web editor's own code, served at /admin/editor.js and run after Sveltia CMS's bundle: it
// registers the field for an amount (one number, or a range [min, max]), then starts the CMS
// with the configuration generated at build time (/admin/config.json, src/lib/admin/config.ts).

const { CMS, h } = window;
const React = window.__SVELTIA_CMS_REACT__;

/** An amount as the editor reads it: `200`, or `200000000–300000000` for a range. */
const showAmount = (value) => (Array.isArray(value) ? value.join('–') : value == null ? '' : String(value));

/**
 * What the editor typed, as the case file holds it: a number, `[min, max]`, or the text itself
 * when it is neither, so that the check (`npm run check`, CI) names the mistake instead of the
 * editor silently dropping it. Thousands separators are not read: "1.500" is not 1500.
 */
export function parseAmount(text) {
  const parts = text.trim().split(/\s*[–-]\s*/);
  if (parts.length === 1 && parts[0] === '') return undefined;
  const numbers = parts.map((part) => (/^\d+(\.\d+)?$/.test(part) ? Number(part) : NaN));
  if (parts.length > 2 || numbers.some((number) => Number.isNaN(number))) return text;
  return numbers.length === 1 ? numbers[0] : numbers;
}

function AmountControl({ value, onChange, forID, classNameWrapper }) {
  const [text, setText] = React.useState(showAmount(value));
  return h('input', {
    id: forID,
    className: classNameWrapper,
    type: 'text',
    inputMode: 'decimal',
    value: text,
    onChange: (event) => {
      setText(event.target.value);
      onChange(parseAmount(event.target.value));
    },
  });
}

const AmountPreview = ({ value }) => h('span', null, showAmount(value));

if (CMS) {
  CMS.registerFieldType('angka-atau-rentang', AmountControl, AmountPreview);
  const config = await (await fetch('/admin/config.json')).json();
  await CMS.init({ config });
}
