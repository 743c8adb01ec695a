declare namespace App {
  interface Locals {
    /** The numbers of the current case's sources, for `<Ref>` in the story body. */
    sourceNumbers?: Map<string, number>;
  }
}
