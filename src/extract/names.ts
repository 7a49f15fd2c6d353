import type { Doc } from '../text/doc.js';
import { spansOfTags } from '../nlp/entity-tags.js';
import { GAZ_CITY, GAZ_COUNTRY, GAZ_REGION, lookupPhrase } from '../nlp/gazetteer/index.js';
import type { Entity, EntityType } from './types.js';

/**
 * A simple stand-in for entity resolution: every named-entity span in doc.ner becomes a
 * mention, and mentions with the same type and the same words form one entity. LOC names
 * the gazetteer knows as a country, city or region are GPEs. The full resolver
 * (src/extract/entities.ts: aliases, titles, actor codes) replaces this.
 */

const PLACE_BITS = (1 << GAZ_COUNTRY) | (1 << GAZ_CITY) | (1 << GAZ_REGION);

function contractType(tag: string, name: string): EntityType | null {
  switch (tag) {
    case 'PER':
      return 'PERSON';
    case 'ORG':
      return 'ORG';
    case 'LOC':
      return (lookupPhrase(name) & PLACE_BITS) !== 0 ? 'GPE' : 'LOC';
    case 'MISC':
      return 'MISC';
    default:
      return null;
  }
}

export function extractNames(doc: Doc): Entity[] {
  const byKey = new Map<string, Entity>();
  const entities: Entity[] = [];
  for (const span of spansOfTags(doc.ner)) {
    const start = doc.tokens[span.start].start;
    const end = doc.tokens[span.end - 1].end;
    const name = doc.text.slice(start, end);
    const type = contractType(span.type, name);
    if (!type) continue;
    const key = `${type}\u0000${name}`;
    let entity = byKey.get(key);
    if (!entity) {
      entity = { id: `E${entities.length + 1}`, type, name, mentions: [] };
      byKey.set(key, entity);
      entities.push(entity);
    }
    entity.mentions.push({ start, end, text: name, kind: 'name' });
  }
  return entities;
}
