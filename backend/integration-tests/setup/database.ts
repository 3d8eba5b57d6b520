/**
 * The PostgreSQL server the integration tests run on. Medusa's test runner
 * builds its URLs from DB_HOST, DB_PORT, DB_USERNAME and DB_PASSWORD; our own
 * connections (template copies, the search contract) read the same variables,
 * so pointing the suite at another server is one variable.
 */
export function testDatabaseUrl(database: string): string {
  const user = encodeURIComponent(process.env.DB_USERNAME || "postgres")
  const password = process.env.DB_PASSWORD ? `:${encodeURIComponent(process.env.DB_PASSWORD)}` : ""
  // "localhost", not 127.0.0.1: Medusa's runner turns SSL on for any other host.
  const host = process.env.DB_HOST || "localhost"
  const port = process.env.DB_PORT || "5432"
  return `postgres://${user}${password}@${host}:${port}/${database}`
}
