/** What the preview shows of a case. */
export interface PreviewModel {
  title: string;
  summary: string;
  metrics: { label: string; before: string; after: string }[];
  story: { kind: 'heading' | 'paragraph'; text: string }[];
  sources: string[];
}

export function showQuantity(quantity: unknown, unitLabels: Record<string, string>): string;
export function storyBlocks(body: unknown, sourceIds: readonly (string | undefined)[]): PreviewModel['story'];
export function previewModel(data: Record<string, unknown>, unitLabels: Record<string, string>): PreviewModel;
export function casePreview(react: { createClass: unknown; h: unknown }, unitLabels: Record<string, string>): unknown;
