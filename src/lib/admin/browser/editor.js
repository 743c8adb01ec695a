/* global window, fetch */
// The web editor's own code, served at /admin/editor.js and run after Sveltia CMS's bundle: it
// registers the case files' format (frontmatter.js), the field for an amount (one number, or a
// range [min, max]), the preview of a case (preview.js) with the check's problems over it, and
// the check before each save (checking.js), then starts the CMS with the configuration generated
// at build time (/admin/config.json, src/lib/admin/config.ts).
import * as YAML from '/admin/vendor/yaml/index.js';
import { mdxFormat } from '/admin/frontmatter.js';
import { parseAmount, showAmount } from '/admin/amount.js';
import { casePreview } from '/admin/preview.js';
import { entryChecker, problemList, refusedSave } from '/admin/checking.js';
import { areaIndexOf, caseChecker, setKnownPhotos } from '/admin/check.js';

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

/**
 * The preview with the check's problems over it, checked again whenever the entry changes; a
 * check that is overtaken by a newer edit is dropped.
 */
function checkedPreview(Preview, checkEntry) {
  return createClass({
    getInitialState() {
      return { problems: [] };
    },
    componentDidMount() {
      this.recheck();
    },
    componentDidUpdate() {
      this.recheck();
    },
    recheck() {
      const entry = this.props.entry;
      if (entry === this.checked) return;
      this.checked = entry;
      checkEntry(entry).then(
        (problems) => {
          if (this.checked === entry && problems.join('\n') !== this.state.problems.join('\n'))
            this.setState({ problems });
        },
        (error) => this.setState({ problems: [String(error)] }),
      );
    },
    render() {
      return h('div', null, problemList(h, this.state.problems), h(Preview, this.props));
    },
  });
}

const json = async (name) => (await fetch(`/admin/${name}.json`)).json();

if (CMS) {
  const [config, areas, photos, cases] = await Promise.all(['config', 'areas', 'photos', 'case-identities'].map(json));
  const collection = config.collections[0];
  const defaults = defaultsOf(collection.fields);
  const units = fieldAt(collection.fields, ['metrics', 'after', 'unit'])?.options ?? [];
  const unitLabels = Object.fromEntries(units.map((option) => [option.value, option.label]));
  const defaultOf = (path) => defaults.get(path.filter((part) => typeof part === 'string').join('.'));
  const format = mdxFormat(YAML, defaultOf);
  setKnownPhotos(photos);
  const checkEntry = entryChecker(caseChecker(areaIndexOf(areas), cases), format.toFile, collection);
  CMS.registerCustomFormat(collection.format, collection.extension, format);
  CMS.registerFieldType('angka-atau-rentang', AmountControl, AmountPreview);
  CMS.registerPreviewTemplate(collection.name, checkedPreview(casePreview(window, unitLabels), checkEntry));
  CMS.registerEventListener({
    name: 'preSave',
    handler: async ({ entry }) => {
      const problems = await checkEntry(entry);
      if (problems.length > 0) throw refusedSave(problems);
    },
  });
  await CMS.init({ config });
}
