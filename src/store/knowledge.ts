import type { Kysely, Transaction } from 'kysely';
import type { Analysis } from '../analyze/analysis.js';
import { ACTOR_TYPES, aliasKey, entityAliases, resolveKnown, type KnownActor, type KnownActors } from '../analyze/known-actors.js';
import type { Entity, EntityType } from '../extract/types.js';
import type { Database } from './schema.js';

type Db = Kysely<Database> | Transaction<Database>;

/**
 * The actor knowledge base: people and organisations merged across articles (by name,
 * country and role), with their aliases and each role's first and last date seen. The
 * writer keeps it in memory, in step with the database, so every new article is coded
 * with what the earlier ones taught (see applyKnownActors).
 */
export class ActorBase {
  readonly known: KnownActors = new Map();
  private readonly aliases = new Map<number, Set<string>>();
  private readonly byId = new Map<number, KnownActor>();

  static async load(db: Db): Promise<ActorBase> {
    const base = new ActorBase();
    const actors = await db.selectFrom('actors').selectAll().orderBy('id').execute();
    for (const a of actors) {
      const k: KnownActor = { id: a.id, name: a.name, type: a.type as EntityType, country: a.country, actor: a.actor, roles: [], lastSeen: a.last_seen };
      base.byId.set(a.id, k);
      base.aliases.set(a.id, new Set());
    }
    for (const r of await db.selectFrom('actor_roles').selectAll().orderBy('actor_id').orderBy('role').execute()) {
      base.byId.get(r.actor_id)?.roles.push({ role: r.role, actor: r.actor, firstSeen: r.first_seen, lastSeen: r.last_seen });
    }
    for (const al of await db.selectFrom('actor_aliases').selectAll().orderBy('actor_id').orderBy('alias').execute()) {
      const k = base.byId.get(al.actor_id);
      if (k) base.addAlias(k, al.alias);
    }
    return base;
  }

  get size(): number {
    return this.byId.size;
  }

  private addAlias(k: KnownActor, alias: string): boolean {
    const set = this.aliases.get(k.id) as Set<string>;
    if (set.has(alias)) return false;
    set.add(alias);
    const list = this.known.get(alias);
    if (list) list.push(k);
    else this.known.set(alias, [k]);
    return true;
  }

  /**
   * Records the actors of one stored document inside the caller's transaction and returns
   * entity id → actor id. Memory is updated as it goes; if the transaction fails the
   * caller must reload the base from the database.
   */
  async record(db: Db, analysis: Analysis): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    const date = analysis.date;
    for (const e of analysis.entities) {
      if (!ACTOR_TYPES.has(e.type) || aliasKey(e.name) === '') continue;
      const k = resolveKnown(e, this.known) ?? (await this.create(db, e, date));
      await this.update(db, k, e, date);
      out.set(e.id, k.id);
    }
    return out;
  }

  private async create(db: Db, e: Entity, date: string | null): Promise<KnownActor> {
    const row = await db
      .insertInto('actors')
      .values({ name: e.name, type: e.type, country: e.country ?? null, actor: e.actor ?? null, first_seen: date, last_seen: date, documents: 0 })
      .returning('id')
      .executeTakeFirstOrThrow();
    const k: KnownActor = { id: row.id, name: e.name, type: e.type, country: e.country ?? null, actor: e.actor ?? null, roles: [], lastSeen: date };
    this.byId.set(k.id, k);
    this.aliases.set(k.id, new Set());
    return k;
  }

  private async update(db: Db, k: KnownActor, e: Entity, date: string | null): Promise<void> {
    const newer = date !== null && (k.lastSeen === null || date >= k.lastSeen);
    // A fuller name wins ("Lavrov" seen first, "Sergei Lavrov" later).
    if (aliasKey(e.name).split(' ').length > aliasKey(k.name).split(' ').length) k.name = e.name;
    if (!k.country && e.country) k.country = e.country;
    if (e.actor && (newer || !k.actor)) k.actor = e.actor;
    if (newer) k.lastSeen = date;
    const row = await db.selectFrom('actors').select(['first_seen', 'last_seen', 'documents']).where('id', '=', k.id).executeTakeFirstOrThrow();
    const first = date !== null && (row.first_seen === null || date < row.first_seen) ? date : row.first_seen;
    await db
      .updateTable('actors')
      .set({ name: k.name, country: k.country, actor: k.actor, first_seen: first, last_seen: k.lastSeen, documents: row.documents + 1 })
      .where('id', '=', k.id)
      .execute();
    const fresh = entityAliases(e).filter((a) => this.addAlias(k, a));
    if (fresh.length > 0) await db.insertInto('actor_aliases').values(fresh.map((alias) => ({ actor_id: k.id, alias }))).execute();
    for (const title of e.titles ?? []) {
      const role = aliasKey(title);
      if (role === '') continue;
      const r = k.roles.find((x) => x.role === role);
      if (!r) {
        k.roles.push({ role, actor: e.actor ?? null, firstSeen: date, lastSeen: date });
        await db.insertInto('actor_roles').values({ actor_id: k.id, role, actor: e.actor ?? null, first_seen: date, last_seen: date }).execute();
        continue;
      }
      if (date !== null) {
        if (r.firstSeen === null || date < r.firstSeen) r.firstSeen = date;
        if (r.lastSeen === null || date > r.lastSeen) r.lastSeen = date;
      }
      if (e.actor) r.actor = e.actor;
      await db
        .updateTable('actor_roles')
        .set({ actor: r.actor, first_seen: r.firstSeen, last_seen: r.lastSeen })
        .where('actor_id', '=', k.id)
        .where('role', '=', role)
        .execute();
    }
  }
}
