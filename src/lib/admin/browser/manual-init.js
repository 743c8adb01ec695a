/* global window */
// Loaded before Sveltia CMS's bundle: the CMS then waits for editor.js to start it with the
// configuration generated from the case schema, instead of fetching a config.yml of its own.
window.CMS_MANUAL_INIT = true;
