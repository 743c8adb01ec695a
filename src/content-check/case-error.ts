import { AstroError } from 'astro/errors';

/** A case file that does not match the schema; its message is what the editor reads. */
export class CaseValidationError extends AstroError {
  constructor(message: string) {
    super(message, 'Setiap kolom dijelaskan di content/README.md.');
    this.name = 'CaseValidationError';
    // The editor needs the file and the field, not where in our code the check ran.
    this.stack = '';
  }
}
