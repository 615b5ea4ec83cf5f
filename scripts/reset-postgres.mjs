// Empties the console's PostgreSQL database (public + drizzle schemas) for a fresh e2e run.
import pg from "pg";

const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
await client.connect();
await client.query("drop schema if exists drizzle cascade; drop schema if exists public cascade; create schema public;");
await client.end();
console.log("[reset-postgres] console database emptied");
