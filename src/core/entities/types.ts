// The public types of the entity finder, apart so that data modules can name a kind without
// importing the engine.

export type EntityKind = 'person' | 'organization' | 'place' | 'source';

export interface EntityMention {
  kind: EntityKind;
  /** As written at this place, e.g. "Musk" or "Microsofts". */
  text: string;
  /** The fullest form the article uses for the same entity, e.g. "Elon Musk"; "Microsoft" for "Microsofts". */
  name: string;
  /** Index into the blocks. */
  block: number;
  /** Offsets into blocks[block]. */
  start: number;
  end: number;
}
