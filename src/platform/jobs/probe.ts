import { openDatabase } from '../db/database.ts';
import { sql } from 'kysely';
for (const url of [undefined, 'postgres://root@127.0.0.1:5432/test']) {
const h = await openDatabase<any>({ dataDir: null, databaseUrl: url });
await sql`create temp table t (p jsonb, a text)`.execute(h.db);
await h.db.insertInto('t').values({ p: JSON.stringify({ x: [1, 2] }), a: 'x' }).execute();
await h.db.insertInto('t').values({ p: JSON.stringify('str'), a: 'y' }).execute();
const r = await sql`select p, jsonb_typeof(p) as t from t where a = any(${['x', 'y']}::text[])`.execute(h.db);
console.log(url, JSON.stringify(r.rows));
const r2 = await sql`select ${new Date(1234567890123)}::timestamptz(3) as d, now()::timestamptz(3) as n`.execute(h.db);
console.log(r2.rows);
await h.close();
}
