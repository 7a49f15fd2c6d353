import { sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import type { Database } from './schema.js';
import { backfillStories } from './stories.js';

export type DialectName = 'sqlite' | 'postgres';

/**
 * The schema's history. Each step is applied once, in order, inside a transaction; a
 * database made by an older Parley is brought up to date on open and keeps its rows.
 * Never edit a released step: add a new one.
 */
export function migrations(dialect: DialectName): Record<string, Migration> {
  const pg = dialect === 'postgres';
  // SQLite's REAL is 8 bytes; PostgreSQL's is 4, so ask it for doubles to keep values equal.
  const float = pg ? 'double precision' : 'real';
  type Db = Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  const id = (db: Db, table: string) =>
    db.schema.createTable(table).addColumn('id', pg ? 'serial' : 'integer', (c) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement()));

  return {
    '001_core': {
      async up(db: Db) {
        await id(db, 'documents')
          .addColumn('doc_id', 'text', (c) => c.notNull())
          .addColumn('hash', 'text', (c) => c.notNull().unique())
          .addColumn('text_hash', 'text', (c) => c.notNull())
          .addColumn('date', 'text')
          .addColumn('title', 'text')
          .addColumn('url', 'text')
          .addColumn('source', 'text')
          .addColumn('text', 'text', (c) => c.notNull())
          .addColumn('sentences', 'text', (c) => c.notNull())
          .addColumn('tone', float)
          .addColumn('ingested_at', 'text', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('documents_date').on('documents').columns(['date']).execute();
        await db.schema.createIndex('documents_text_hash').on('documents').columns(['text_hash']).execute();
        await db.schema
          .createTable('entities')
          .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id').onDelete('cascade'))
          .addColumn('local_id', 'text', (c) => c.notNull())
          .addColumn('type', 'text', (c) => c.notNull())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('country', 'text')
          .addColumn('actor', 'text')
          .addColumn('titles', 'text')
          .addColumn('lat', float)
          .addColumn('lon', float)
          .addPrimaryKeyConstraint('entities_pk', ['document_id', 'local_id'])
          .execute();
        await db.schema
          .createTable('mentions')
          .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id').onDelete('cascade'))
          .addColumn('entity_local', 'text', (c) => c.notNull())
          .addColumn('start_offset', 'integer', (c) => c.notNull())
          .addColumn('end_offset', 'integer', (c) => c.notNull())
          .addColumn('text', 'text', (c) => c.notNull())
          .addColumn('kind', 'text')
          .execute();
        await db.schema.createIndex('mentions_entity').on('mentions').columns(['document_id', 'entity_local']).execute();
        await db.schema
          .createTable('quotes')
          .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id').onDelete('cascade'))
          .addColumn('local_id', 'text', (c) => c.notNull())
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('start_offset', 'integer', (c) => c.notNull())
          .addColumn('end_offset', 'integer', (c) => c.notNull())
          .addColumn('text', 'text', (c) => c.notNull())
          .addColumn('speaker_local', 'text')
          .addColumn('speaker_name', 'text')
          .addColumn('speaker_actor', 'text')
          .addColumn('speaker_country', 'text')
          .addColumn('cue_text', 'text')
          .addColumn('tone', float)
          .addPrimaryKeyConstraint('quotes_pk', ['document_id', 'local_id'])
          .execute();
        await db.schema
          .createTable('events')
          .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id').onDelete('cascade'))
          .addColumn('local_id', 'text', (c) => c.notNull())
          .addColumn('code', 'text', (c) => c.notNull())
          .addColumn('root_code', 'text', (c) => c.notNull())
          .addColumn('source_local', 'text')
          .addColumn('target_local', 'text')
          .addColumn('source_name', 'text')
          .addColumn('target_name', 'text')
          .addColumn('source_actor', 'text')
          .addColumn('target_actor', 'text')
          .addColumn('source_country', 'text')
          .addColumn('target_country', 'text')
          .addColumn('location_name', 'text')
          .addColumn('location_country', 'text')
          .addColumn('lat', float)
          .addColumn('lon', float)
          .addColumn('date', 'text')
          .addColumn('modality', 'text', (c) => c.notNull())
          .addColumn('trigger_start', 'integer', (c) => c.notNull())
          .addColumn('trigger_end', 'integer', (c) => c.notNull())
          .addColumn('trigger_text', 'text', (c) => c.notNull())
          .addColumn('sentence', 'integer', (c) => c.notNull())
          .addColumn('sentence_text', 'text', (c) => c.notNull())
          .addColumn('quad_class', 'integer')
          .addColumn('goldstein', float)
          .addColumn('plover', 'text')
          .addPrimaryKeyConstraint('events_pk', ['document_id', 'local_id'])
          .execute();
        await db.schema
          .createTable('meetings')
          .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id').onDelete('cascade'))
          .addColumn('local_id', 'text', (c) => c.notNull())
          .addColumn('date', 'text')
          .addColumn('location_name', 'text')
          .addColumn('duration_hours', float)
          .addColumn('sides', 'text', (c) => c.notNull())
          .addColumn('absent', 'text', (c) => c.notNull())
          .addColumn('events', 'text', (c) => c.notNull())
          .addColumn('quotes', 'text', (c) => c.notNull())
          .addColumn('trigger_text', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('meetings_pk', ['document_id', 'local_id'])
          .execute();
      },
    },

    '002_actors': {
      async up(db: Db) {
        await id(db, 'actors')
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('type', 'text', (c) => c.notNull())
          .addColumn('country', 'text')
          .addColumn('actor', 'text')
          .addColumn('first_seen', 'text')
          .addColumn('last_seen', 'text')
          .addColumn('documents', 'integer', (c) => c.notNull().defaultTo(0))
          .execute();
        await db.schema
          .createTable('actor_aliases')
          .addColumn('actor_id', 'integer', (c) => c.notNull().references('actors.id').onDelete('cascade'))
          .addColumn('alias', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('actor_aliases_pk', ['actor_id', 'alias'])
          .execute();
        await db.schema.createIndex('actor_aliases_alias').on('actor_aliases').columns(['alias']).execute();
        await db.schema
          .createTable('actor_roles')
          .addColumn('actor_id', 'integer', (c) => c.notNull().references('actors.id').onDelete('cascade'))
          .addColumn('role', 'text', (c) => c.notNull())
          .addColumn('actor', 'text')
          .addColumn('first_seen', 'text')
          .addColumn('last_seen', 'text')
          .addPrimaryKeyConstraint('actor_roles_pk', ['actor_id', 'role'])
          .execute();
        await db.schema.alterTable('entities').addColumn('actor_id', 'integer').execute();
      },
    },

    '003_stories': {
      async up(db: Db) {
        await id(db, 'stories')
          .addColumn('first_document_id', 'integer', (c) => c.notNull())
          .addColumn('date', 'text')
          .execute();
        await db.schema
          .createTable('doc_bands')
          .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id').onDelete('cascade'))
          .addColumn('lsh_key', 'text', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('doc_bands_key').on('doc_bands').columns(['lsh_key']).execute();
        await id(db, 'story_events')
          .addColumn('story_id', 'integer', (c) => c.notNull())
          .addColumn('signature', 'text', (c) => c.notNull())
          .addColumn('first_document_id', 'integer', (c) => c.notNull())
          .addColumn('code', 'text', (c) => c.notNull())
          .addColumn('root_code', 'text', (c) => c.notNull())
          .addColumn('source_name', 'text')
          .addColumn('target_name', 'text')
          .addColumn('source_actor', 'text')
          .addColumn('target_actor', 'text')
          .addColumn('source_country', 'text')
          .addColumn('target_country', 'text')
          .addColumn('location_name', 'text')
          .addColumn('location_country', 'text')
          .addColumn('lat', float)
          .addColumn('lon', float)
          .addColumn('date', 'text')
          .addColumn('modality', 'text', (c) => c.notNull())
          .addColumn('quad_class', 'integer')
          .addColumn('goldstein', float)
          .addColumn('trigger_text', 'text', (c) => c.notNull())
          .addColumn('sentence_text', 'text', (c) => c.notNull())
          .addUniqueConstraint('story_events_signature', ['story_id', 'signature'])
          .execute();
        await db.schema.createIndex('story_events_date').on('story_events').columns(['date']).execute();
        await db.schema.alterTable('documents').addColumn('story_id', 'integer').execute();
        await db.schema.alterTable('documents').addColumn('minhash', 'text').execute();
        await db.schema.alterTable('events').addColumn('story_event_id', 'integer').execute();
        await db.schema.createIndex('events_story_event').on('events').columns(['story_event_id']).execute();
        // Documents stored before stories existed are linked now, oldest first.
        await backfillStories(db as Kysely<Database>);
      },
    },

    '004_fulltext': {
      async up(db: Db) {
        if (pg) {
          // 'simple' (no stemming, no stop words) matches what SQLite's unicode61 tokenizer does.
          await sql`alter table documents add column tsv tsvector generated always as
            (to_tsvector('simple', coalesce(title, '') || ' ' || text)) stored`.execute(db);
          await sql`create index documents_tsv on documents using gin (tsv)`.execute(db);
        } else {
          await sql`create virtual table documents_fts using fts5(title, text, content='documents', content_rowid='id', tokenize="unicode61 remove_diacritics 0")`.execute(db);
          await sql`insert into documents_fts(rowid, title, text) select id, coalesce(title, ''), text from documents`.execute(db);
          // Triggers keep the index in step with the table, whoever writes to it.
          await sql`create trigger documents_fts_ai after insert on documents begin
            insert into documents_fts(rowid, title, text) values (new.id, coalesce(new.title, ''), new.text); end`.execute(db);
          await sql`create trigger documents_fts_ad after delete on documents begin
            insert into documents_fts(documents_fts, rowid, title, text) values ('delete', old.id, coalesce(old.title, ''), old.text); end`.execute(db);
        }
      },
    },

    '005_feed_seen': {
      async up(db: Db) {
        // What `parley watch` has taken from each feed, so a restart does not ingest it again.
        await db.schema
          .createTable('feed_seen')
          .addColumn('feed', 'text', (c) => c.notNull())
          .addColumn('item', 'text', (c) => c.notNull())
          .addColumn('seen_at', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('feed_seen_pk', ['feed', 'item'])
          .execute();
      },
    },

    '006_quote_setting': {
      async up(db: Db) {
        // To whom and where a quotation was said ("told reporters", "in a statement"); null for
        // quotes stored before, as for quotes whose text gives neither.
        await db.schema.alterTable('quotes').addColumn('addressee_text', 'text').execute();
        await db.schema.alterTable('quotes').addColumn('medium_text', 'text').execute();
      },
    },
  };
}

export function migrationProvider(dialect: DialectName): MigrationProvider {
  return { getMigrations: async () => migrations(dialect) };
}

export const LATEST_MIGRATION = '006_quote_setting';
