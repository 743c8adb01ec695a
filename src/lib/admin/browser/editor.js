/* global window, fetch */
// The web editor's own code, served at /admin/editor.js and run after Sveltia CMS's bundle: it
// registers the case files' format (frontmatter.js), the field for an amount (one number, or a
// range [min, max]) and the preview of a case (preview.js), then starts the CMS with the configuration generated at build time
// (/admin/config.json, src/lib/admin/config.ts).
import * as YAML from '/admin/vendor/yaml/index.js';
import { mdxFormat } from '/admin/frontmatter.js';
import { parseAmount, showAmount } from '/admin/amount.js';
import { casePreview } from '/admin/preview.js';

const { CMS, createClass, h } = window;

// A class component, through the CMS's own createClass: a hook would reach another copy of React
// than the one that renders the field, and fail.
const AmountControl = createClass({
  getInitialState() {
    return { text: showAmount(this.props.value) };
  },
  render() {
    const { forID, classNameWrapper, onChange } = this.props;
    return h('input', {
      id: forID,
      className: classNameWrapper,
      type: 'text',
      inputMode: 'decimal',
      value: this.state.text,
      onChange: (event) => {
        this.setState({ text: event.target.value });
        onChange(parseAmount(event.target.value));
      },
    });
  },
});

const AmountPreview = ({ value }) => h('span', null, showAmount(value));

/** Each field's default by its path of names (`metrics.better`), list items left out. */
function defaultsOf(fields, parent = '', found = new Map()) {
  for (const field of fields ?? []) {
    const path = parent ? `${parent}.${field.name}` : field.name;
    if ('default' in field) found.set(path, field.default);
    defaultsOf(field.fields, path, found);
  }
  return found;
}

/** The field at a path of names, e.g. `['metrics', 'after', 'unit']`. */
const fieldAt = (fields, [name, ...rest]) => {
  const field = fields?.find((candidate) => candidate.name === name);
  return rest.length ? fieldAt(field?.fields, rest) : field;
};

if (CMS) {
  const config = await (await fetch('/admin/config.json')).json();
  const collection = config.collections[0];
  const defaults = defaultsOf(collection.fields);
  const units = fieldAt(collection.fields, ['metrics', 'after', 'unit'])?.options ?? [];
  const unitLabels = Object.fromEntries(units.map((option) => [option.value, option.label]));
  const defaultOf = (path) => defaults.get(path.filter((part) => typeof part === 'string').join('.'));
  CMS.registerCustomFormat('mdx-frontmatter', 'mdx', mdxFormat(YAML, defaultOf));
  CMS.registerFieldType('angka-atau-rentang', AmountControl, AmountPreview);
  CMS.registerPreviewTemplate(collection.name, casePreview(window, unitLabels));
  await CMS.init({ config });
}
