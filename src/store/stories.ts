import type { Kysely, Transaction } from 'kysely';
import { aliasKey } from '../analyze/known-actors.js';
import { bandKeys, decodeSignature, encodeSignature, SAME_STORY, signature, similarity } from './minhash.js';
import type { Database, EventsTable } from './schema.js';

type Db = Kysely<Database> | Transaction<Database>;

/**
 * Links a stored document into a story: an exact copy of an earlier text, or a near
 * duplicate (MinHash estimate of word-shingle Jaccard ≥ SAME_STORY), joins that story;
 * anything else starts a new one. Returns the story id and whether it is new.
 */
export async function linkStory(db: Db, docRowId: number, text: string, textHash: string, date: string | null): Promise<{ id: number; created: boolean }> {
  const sig = signature(text);
  const keys = bandKeys(sig);
  let storyId: number | null = null;
  const exact = await db
    .selectFrom('documents')
    .select(['story_id'])
    .where('text_hash', '=', textHash)
    .where('id', '<>', docRowId)
    .where('story_id', 'is not', null)
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
  if (exact?.story_id != null) storyId = exact.story_id;
  else {
    const candidates = await db
      .selectFrom('doc_bands')
      .innerJoin('documents', 'documents.id', 'doc_bands.document_id')
      .select(['documents.id', 'documents.story_id', 'documents.minhash'])
      .distinct()
      .where('doc_bands.lsh_key', 'in', keys)
      .where('documents.id', '<>', docRowId)
      .execute();
    let best = SAME_STORY;
    let bestId = Infinity;
    for (const c of candidates) {
      if (c.minhash === null || c.story_id === null) continue;
      const s = similarity(sig, decodeSignature(c.minhash));
      // Highest similarity wins; ties go to the oldest document so the choice is stable.
      if (s > best || (s === best && c.id < bestId)) {
        best = s;
        bestId = c.id;
        storyId = c.story_id;
      }
    }
  }
  const created = storyId === null;
  if (storyId === null) {
    const row = await db.insertInto('stories').values({ first_document_id: docRowId, date }).returning('id').executeTakeFirstOrThrow();
    storyId = row.id;
  }
  await db.updateTable('documents').set({ story_id: storyId, minhash: encodeSignature(sig) }).where('id', '=', docRowId).execute();
  await db.insertInto('doc_bands').values(keys.map((lsh_key) => ({ document_id: docRowId, lsh_key }))).execute();
  return { id: storyId, created };
}

/** What makes two reports of a story the same event: code, who to whom, modality and date. */
export function eventSignature(e: Pick<EventsTable, 'code' | 'source_actor' | 'source_name' | 'target_actor' | 'target_name' | 'modality' | 'date'>): string {
  const who = (actor: string | null, name: string | null): string => aliasKey(name ?? '') || actor || '';
  return [e.code, who(e.source_actor, e.source_name), who(e.target_actor, e.target_name), e.modality, e.date ?? ''].join('|');
}

/** The story-level event this report belongs to, created on first sight. */
export async function storyEventId(db: Db, storyId: number, docRowId: number, e: Omit<EventsTable, 'story_event_id'>): Promise<number> {
  const sig = eventSignature(e);
  const found = await db
    .selectFrom('story_events')
    .select('id')
    .where('story_id', '=', storyId)
    .where('signature', '=', sig)
    .executeTakeFirst();
  if (found) return found.id;
  const row = await db
    .insertInto('story_events')
    .values({
      story_id: storyId,
      signature: sig,
      first_document_id: docRowId,
      code: e.code,
      root_code: e.root_code,
      source_name: e.source_name,
      target_name: e.target_name,
      source_actor: e.source_actor,
      target_actor: e.target_actor,
      source_country: e.source_country,
      target_country: e.target_country,
      location_name: e.location_name,
      location_country: e.location_country,
      lat: e.lat,
      lon: e.lon,
      date: e.date,
      modality: e.modality,
      quad_class: e.quad_class,
      goldstein: e.goldstein,
      trigger_text: e.trigger_text,
      sentence_text: e.sentence_text,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Links every document that has no story yet (those stored before migration 003), oldest first. */
export async function backfillStories(db: Db): Promise<void> {
  let after = 0;
  for (;;) {
    const docs = await db
      .selectFrom('documents')
      .select(['id', 'text', 'text_hash', 'date'])
      .where('story_id', 'is', null)
      .where('id', '>', after)
      .orderBy('id')
      .limit(200)
      .execute();
    if (docs.length === 0) return;
    for (const d of docs) {
      const storyId = (await linkStory(db, d.id, d.text, d.text_hash, d.date)).id;
      const events = await db.selectFrom('events').selectAll().where('document_id', '=', d.id).orderBy('local_id').execute();
      for (const e of events) {
        const sid = await storyEventId(db, storyId, d.id, e);
        await db.updateTable('events').set({ story_event_id: sid }).where('document_id', '=', d.id).where('local_id', '=', e.local_id).execute();
      }
      after = d.id;
    }
  }
}
