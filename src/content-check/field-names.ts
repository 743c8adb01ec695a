/**
 * Every field name anywhere in a zod schema, found by walking its definition: for the editors'
 * manual test, and to suggest the field an editor meant when a name is mistyped.
 */
export function fieldNames(schema: unknown, found = new Set<string>()): Set<string> {
  const def = (schema as { _zod?: { def?: Record<string, unknown> } })?._zod?.def;
  if (!def) return found;
  if (def.type === 'object') {
    for (const [key, child] of Object.entries(def.shape as Record<string, unknown>)) {
      found.add(key);
      fieldNames(child, found);
    }
  }
  for (const key of ['innerType', 'element', 'in', 'out', 'schema']) if (def[key]) fieldNames(def[key], found);
  for (const key of ['options', 'items']) for (const child of (def[key] as unknown[]) ?? []) fieldNames(child, found);
  return found;
}
