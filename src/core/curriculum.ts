/**
 * The self-paced curriculum's module codes (see DOMAIN.md). Titles are user-visible text and live
 * in the locale files under `module.<code>`; only the stable codes are domain data.
 */
export const MODULE_CODES = [
  'M01',
  'M02',
  'M03',
  'M04',
  'M05',
  'M06',
  'M07',
  'M08',
  'M09',
  'M10',
  'M11',
  'M12',
  'M13',
] as const;

export type ModuleCode = (typeof MODULE_CODES)[number];

export const isModuleCode = (code: string): code is ModuleCode =>
  (MODULE_CODES as readonly string[]).includes(code);
