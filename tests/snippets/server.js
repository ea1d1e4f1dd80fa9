// api/evaluations.js: a handler with the web's Request and Response (Node 20+ frameworks
// such as Hono, Next.js route handlers, Deno, Bun, Cloudflare Workers).
import { evaluationPayloadSchema } from 'tyopari-forms/schema';

const stored = new Map(); // your database: submissionId → payload

export async function POST(request) {
  const body = await request.json().catch(() => undefined);
  const checked = evaluationPayloadSchema.safeParse(body);
  if (!checked.success) {
    return Response.json({ issues: checked.error.issues }, { status: 422 });
  }
  const payload = checked.data;
  const id = payload.submissionId ?? crypto.randomUUID();
  if (!stored.has(id)) stored.set(id, payload); // a retry of a stored send: store it once
  return new Response(null, { status: 201 });
}
