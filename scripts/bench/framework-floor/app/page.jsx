import Link from "next/link";
import { Counter } from "./counter";

export const dynamic = "force-dynamic";

// A server-rendered page with a link, a small table and one client component: React and the
// Next.js router with almost nothing of an application's own.
export default function Page() {
  const rows = Array.from({ length: 20 }, (_, i) => ({ id: i, name: `Row ${i + 1}`, amount: ((i + 1) * 13.37).toFixed(2) }));
  return (
    <main>
      <h1>Framework floor</h1>
      <p>Rendered at {new Date().toISOString()}.</p>
      <nav>
        <Link href="/">Home</Link>
      </nav>
      <Counter />
      <table>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td>{row.name}</td>
              <td>{row.amount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
