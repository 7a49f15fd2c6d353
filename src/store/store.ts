import { createHash } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Analysis, Document } from '../analyze/analysis.js';
import { applyKnownActors } from '../analyze/known-actors.js';
import type { Entity } from '../extract/types.js';
import { connect, type Connection, type OpenOptions } from './connect.js';
import { describeStoreError } from './errors.js';
import { ActorBase } from './knowledge.js';
import type { DialectName } from './migrations.js';
import type { Database, EventsTable } from './schema.js';
import { linkStory, storyEventId } from './stories.js';

/** The idempotency key of an article: the same article ingested twice has the same hash. */
export function articleHash(d: Pick<Document, 'id' | 'text' | 'date' | 'url' | 'source'>): string {
  return createHash('sha256')
    .update(JSON.stringify([d.id, d.date, d.source ?? null, d.url ?? null, d.text]))
    .digest('hex');
}

export function textHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export type SaveOutcome = { status: 'stored'; rowId: number; storyId: number; newStory: boolean } | { status: 'unchanged' };

/** Rows of one table per insert statement: well under SQLite's and PostgreSQL's parameter limits. */
const CHUNK = 200;

/** The advisory lock every Parley writer of one PostgreSQL database takes ("PARLEY" in ASCII). */
const WRITE_LOCK = 0x504152_4c4559;

/**
 * The record of analysed articles on SQLite or PostgreSQL, through one Kysely query
 * layer. Each save is one transaction, so a process killed at any moment leaves whole
 * articles or none. Saves link stories and grow the actor knowledge base from what is
 * already stored, so concurrent writers would race (two copies of a story each starting
 * one, one actor created twice): on PostgreSQL, where many processes may write (several
 * `parley ingest` runs, queue workers), every save transaction first takes a
 * transaction-level advisory lock, so writers take turns and a writer that dies releases
 * its turn with its connection. SQLite allows one writer at a time by itself.
 */
export class Store {
  /** The stored actor tables' state after this writer's last save (PostgreSQL), to notice other writers. */
  private actorFingerprint: string | undefined;

  private constructor(
    private readonly conn: Connection,
    readonly actors: ActorBase,
  ) {}

  static async open(target: string, opts: OpenOptions = {}): Promise<Store> {
    const conn = await connect(target, opts);
    try {
      return new Store(conn, opts.noMigrate ? new ActorBase() : await ActorBase.load(conn.db));
    } catch (err) {
      await conn.db.destroy().catch(() => undefined);
      throw describeStoreError(err, conn.where);
    }
  }

  get db(): Kysely<Database> {
    return this.conn.db;
  }
  get dialect(): DialectName {
    return this.conn.dialect;
  }
  get where(): string {
    return this.conn.where;
  }

  async close(): Promise<void> {
    await this.conn.db.destroy();
  }

  async has(hash: string): Promise<boolean> {
    const row = await this.db.selectFrom('documents').select('id').where('hash', '=', hash).executeTakeFirst();
    return row !== undefined;
  }

  /**
   * Stores analyses in one transaction, in order: each is first coded with what the
   * knowledge base already knows, then linked to its story, then teaches the base.
   * Articles already stored (same hash) are left as they are.
   */
  async saveBatch(analyses: Analysis[]): Promise<SaveOutcome[]> {
    try {
      let fingerprint: string | undefined;
      const out = await this.db.transaction().execute(async (trx) => {
        if (this.dialect === 'postgres') await this.takeWriteTurn(trx);
        const saved: SaveOutcome[] = [];
        for (const a of analyses) saved.push(await this.saveOne(trx, a));
        if (this.dialect === 'postgres') fingerprint = await actorTablesFingerprint(trx);
        return saved;
      });
      this.actorFingerprint = fingerprint;
      return out;
    } catch (err) {
      // The transaction rolled back: bring the in-memory knowledge base back in step.
      await this.reloadActors().catch(() => undefined);
      throw describeStoreError(err, this.where);
    }
  }

  async save(analysis: Analysis): Promise<SaveOutcome> {
    return (await this.saveBatch([analysis]))[0];
  }

  /** Rereads the actor knowledge base: after a failed save, or when another process wrote to the store. */
  async reloadActors(db: Kysely<Database> | Transaction<Database> = this.db): Promise<void> {
    (this as { actors: ActorBase }).actors = await ActorBase.load(db);
    this.actorFingerprint = undefined;
  }

  /**
   * Waits for this writer's turn (the lock is held until the transaction ends), then
   * brings the in-memory actor base up to date if another writer changed the stored one.
   */
  private async takeWriteTurn(trx: Transaction<Database>): Promise<void> {
    await sql`select pg_advisory_xact_lock(${WRITE_LOCK})`.execute(trx);
    // Unknown before this writer's first save: others may have written since the store was opened.
    if ((await actorTablesFingerprint(trx)) !== this.actorFingerprint) await this.reloadActors(trx);
  }

  private async saveOne(trx: Transaction<Database>, a: Analysis): Promise<SaveOutcome> {
    const hash = articleHash(a);
    if (await trx.selectFrom('documents').select('id').where('hash', '=', hash).executeTakeFirst()) return { status: 'unchanged' };
    applyKnownActors(a, this.actors.known);
    const th = textHash(a.text);
    const doc = await trx
      .insertInto('documents')
      .values({
        doc_id: a.id,
        hash,
        text_hash: th,
        date: a.date,
        title: a.title ?? null,
        url: a.url ?? null,
        source: a.source ?? null,
        text: a.text,
        sentences: JSON.stringify(a.sentences.map((s) => [s.start, s.end])),
        tone: a.tone ?? null,
        ingested_at: new Date().toISOString(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const rowId = doc.id;
    const story = await linkStory(trx, rowId, a.text, th, a.date);
    const storyId = story.id;
    const actorIds = await this.actors.record(trx, a);
    const byId = new Map<string, Entity>(a.entities.map((e) => [e.id, e]));
    const name = (id: string | null): string | null => (id ? byId.get(id)?.name ?? null : null);

    await insertChunks(trx, 'entities', a.entities.map((e) => ({
      document_id: rowId,
      local_id: e.id,
      type: e.type,
      name: e.name,
      country: e.country ?? null,
      actor: e.actor ?? null,
      titles: e.titles && e.titles.length > 0 ? JSON.stringify(e.titles) : null,
      lat: e.lat ?? null,
      lon: e.lon ?? null,
      actor_id: actorIds.get(e.id) ?? null,
    })));
    await insertChunks(trx, 'mentions', a.entities.flatMap((e) => e.mentions.map((m) => ({
      document_id: rowId,
      entity_local: e.id,
      start_offset: m.start,
      end_offset: m.end,
      text: m.text,
      kind: m.kind ?? null,
    }))));
    await insertChunks(trx, 'quotes', a.quotes.map((q) => {
      const sp = q.speaker ? byId.get(q.speaker) : undefined;
      return {
        document_id: rowId,
        local_id: q.id,
        kind: q.kind,
        start_offset: q.start,
        end_offset: q.end,
        text: a.text.slice(q.start, q.end),
        speaker_local: q.speaker,
        speaker_name: sp?.name ?? null,
        speaker_actor: sp?.actor ?? null,
        speaker_country: sp?.country ?? null,
        cue_text: q.cue ? a.text.slice(q.cue.start, q.cue.end) : null,
        tone: q.tone ?? null,
        addressee_text: q.addressee ? a.text.slice(q.addressee.start, q.addressee.end) : null,
        medium_text: q.medium ? a.text.slice(q.medium.start, q.medium.end) : null,
      };
    }));
    const events: EventsTable[] = [];
    for (const v of a.events) {
      const loc = v.location ? byId.get(v.location) : undefined;
      const sent = a.sentences[v.sentence];
      const row: Omit<EventsTable, 'story_event_id'> = {
        document_id: rowId,
        local_id: v.id,
        code: v.code,
        root_code: v.code.slice(0, 2),
        source_local: v.source,
        target_local: v.target,
        source_name: name(v.source),
        target_name: name(v.target),
        source_actor: v.sourceActor,
        target_actor: v.targetActor,
        source_country: (v.source ? byId.get(v.source)?.country : undefined) ?? v.sourceActor?.slice(0, 3) ?? null,
        target_country: (v.target ? byId.get(v.target)?.country : undefined) ?? v.targetActor?.slice(0, 3) ?? null,
        location_name: loc?.name ?? null,
        location_country: loc?.country ?? null,
        lat: loc?.lat ?? null,
        lon: loc?.lon ?? null,
        date: v.date ?? a.date,
        modality: v.modality,
        trigger_start: v.trigger.start,
        trigger_end: v.trigger.end,
        trigger_text: a.text.slice(v.trigger.start, v.trigger.end),
        sentence: v.sentence,
        sentence_text: sent ? a.text.slice(sent.start, sent.end) : '',
        quad_class: v.quadClass ?? null,
        goldstein: v.goldstein ?? null,
        plover: v.plover ?? null,
      };
      events.push({ ...row, story_event_id: await storyEventId(trx, storyId, rowId, row) });
    }
    await insertChunks(trx, 'events', events);
    await insertChunks(trx, 'meetings', a.meetings.map((m) => ({
      document_id: rowId,
      local_id: m.id,
      date: m.date ?? a.date,
      location_name: name(m.location),
      duration_hours: m.durationHours,
      sides: JSON.stringify(m.sides.map((s) => ({ side: s.side, participants: s.participants.map((p) => name(p) ?? p) }))),
      absent: JSON.stringify(m.absent.map((p) => name(p) ?? p)),
      events: JSON.stringify(m.events),
      quotes: JSON.stringify(m.quotes),
      trigger_text: a.text.slice(m.trigger.start, m.trigger.end),
    })));
    return { status: 'stored', rowId, storyId, newStory: story.created };
  }

  /** Row counts of every table: what the resume and duplicate tests compare. */
  async counts(): Promise<Record<string, number>> {
    const tables = ['documents', 'stories', 'entities', 'mentions', 'quotes', 'events', 'story_events', 'meetings', 'actors', 'actor_aliases', 'actor_roles'] as const;
    const out: Record<string, number> = {};
    for (const t of tables) {
      const r = await this.db.selectFrom(t).select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
      out[t] = Number(r.n);
    }
    return out;
  }
}

async function insertChunks<T extends keyof Database>(trx: Transaction<Database>, table: T, rows: Database[T][]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    // Kysely's insert typing cannot follow a generic table name; the rows are typed by the caller.
    await trx.insertInto(table).values(rows.slice(i, i + CHUNK) as never).execute();
  }
}

/** Changes whenever any writer adds or updates an actor, alias or role. */
async function actorTablesFingerprint(trx: Transaction<Database>): Promise<string> {
  const r = await sql<{ a: number | string; b: number | string; c: number | string; d: number | string }>`select
    (select count(*) from actors) as a, (select coalesce(sum(documents), 0) from actors) as b,
    (select count(*) from actor_aliases) as c, (select count(*) from actor_roles) as d`.execute(trx);
  const row = r.rows[0];
  return `${row.a}/${row.b}/${row.c}/${row.d}`;
}
