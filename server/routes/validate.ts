/** Parses request bodies and queries with the shared schemas; bad input gets a 400 naming the field. */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { z } from 'zod/mini';

function invalid(error: z.core.$ZodError): HTTPException {
  const issues = error.issues.map((i) => ({
    field: i.path.join('.'),
    code: i.code,
    message: i.message,
  }));
  const body = { error: 'invalid', field: issues[0]?.field ?? '', issues };
  return new HTTPException(400, { res: Response.json(body, { status: 400 }) });
}

export async function parseBody<S extends z.ZodMiniType>(
  c: Context,
  schema: S,
): Promise<z.infer<S>> {
  let raw: unknown;
  try {
    raw = await c.req.json();
  } catch {
    throw new HTTPException(400, {
      res: Response.json({ error: 'invalid_json', field: '' }, { status: 400 }),
    });
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw invalid(parsed.error);
  return parsed.data;
}

export function parseQuery<S extends z.ZodMiniType>(c: Context, schema: S): z.infer<S> {
  const parsed = schema.safeParse(c.req.query());
  if (!parsed.success) throw invalid(parsed.error);
  return parsed.data;
}
