// html-validate's rules for every built page (tests/build/html-validity.test.ts). It lives in
// .ci/ beside the ESLint config; the recommended preset, with the exceptions below, each on purpose.
/** @type {import('html-validate').ConfigData} */
export default {
  root: true,
  extends: ['html-validate:recommended'],
  rules: {
    // Lists styled without bullets lose their list semantics in Safari and VoiceOver unless they
    // say role="list" again; the role is redundant for the validator, not for those readers.
    'no-redundant-role': ['error', { exclude: ['list'] }],
  },
};
