// Words YAML reads as something other than text when written bare.
const reserved = /^(true|false|yes|no|on|off|null|~)$/i;

/**
 * A text value as an editor would write it in YAML: bare where that reads back as the same text
 * (`Sentra IKM Batik`, `https://…`), otherwise in double quotes with JSON escapes, which YAML
 * reads the same way. Bare text may not start with a digit or a sign (it could read as a number),
 * hold `: ` or ` #`, or carry quotes, brackets or braces.
 */
export function yamlText(value: string): string {
  const bare = /^[\p{L}(]/u.test(value) && !/[\n\t"'[\]{}]|: |\s#|:$|\s$/.test(value) && !reserved.test(value);
  return bare ? value : JSON.stringify(value);
}
