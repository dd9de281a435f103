/**
 * The project's default taxonomy as a typed document, for what runs the tagger outside D1: the
 * tests, the tagging eval and the benchmarks. The Worker itself reads the taxonomy from D1 (seeded
 * from the same JSON by migrations/0002_taxonomy.sql) and does not import this module.
 */

import type { TaxonomyDocument } from './taxonomy'
import json from './taxonomy.default.json'

// A JSON import is typed by its literal shape (every actor with exactly the fields it happens to
// have); TaxonomyDocument is the contract of its readers: optional fields, unions of forms.
export const DEFAULT_TAXONOMY = json as unknown as TaxonomyDocument
