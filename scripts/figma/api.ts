import { EXIT, UserError } from '../exit-codes.ts';
import type {
  GetFileResponse,
  GetLocalVariablesResponse,
  PostVariablesRequestBody,
  PostVariablesResponse,
} from '@figma/rest-api-spec';

/**
 * The Figma REST client: one place that knows the token, retries and error wording.
 * - The token (FIGMA_TOKEN) goes in the X-Figma-Token header and is never printed: it is
 *   redacted from every message this module produces.
 * - 429 waits as long as Retry-After says; 5xx and network errors retry with exponential backoff.
 *   Both are bounded in count (`maxRetries`) and in total time (`maxRetryMs`).
 * - 400/401/403/404 become errors that say what to do.
 * A POST is retried only after a 429 (Figma did not apply it). After a 5xx, a dropped connection
 * or a timeout, Figma may have applied it and lost the reply: retrying blindly would create
 * duplicates, so the error is marked `uncertain` and the push re-reads the file and re-plans.
 */
export const DEFAULT_API_BASE = 'https://api.figma.com';

export interface FigmaClientOptions {
  token: string;
  apiBase?: string;
  maxRetries?: number;
  /** Total time spent waiting between attempts, at most. */
  maxRetryMs?: number;
  /** One attempt's time limit (a slow response beyond it counts as a network error). */
  timeoutMs?: number;
  /** First backoff delay; doubles per attempt, with jitter, capped at 8 s. */
  backoffMs?: number;
  onRetry?: (info: { attempt: number; waitMs: number; reason: string }) => void;
}

export class FigmaApiError extends Error {
  readonly status: number | undefined;
  /** A write that may have been applied although no reply said so (5xx, dropped, timed out). */
  readonly uncertain: boolean;

  constructor(message: string, status?: number, uncertain = false) {
    super(message);
    this.name = 'FigmaApiError';
    this.status = status;
    this.uncertain = uncertain;
  }

  /**
   * A refusal the user fixes (token, scope, file key, plan, request size: any 4xx but 429) is a
   * configuration error, 2; Figma down, rate-limiting or unreachable after retries is 69.
   */
  get exitCode(): number {
    return this.status !== undefined && this.status >= 400 && this.status < 500 && this.status !== 429
      ? EXIT.usage
      : EXIT.unavailable;
  }
}

type Scope = 'file_variables:read' | 'file_variables:write' | 'file_content:read';

export class FigmaClient {
  /** HTTP requests made, retries included (the bench prints it). */
  requests = 0;
  private readonly options: Required<Omit<FigmaClientOptions, 'onRetry'>> & Pick<FigmaClientOptions, 'onRetry'>;

  constructor(options: FigmaClientOptions) {
    if (!options.token)
      throw new UserError(
        'FIGMA_TOKEN is not set: create a personal access token in Figma (Settings › Security) ' +
          'with the scopes file_variables:read, file_variables:write and file_content:read, and ' +
          'export FIGMA_TOKEN=<token>',
      );
    this.options = {
      apiBase: DEFAULT_API_BASE,
      maxRetries: 5,
      maxRetryMs: 120_000,
      timeoutMs: 60_000,
      backoffMs: 500,
      ...options,
    };
  }

  getLocalVariables(fileKey: string): Promise<GetLocalVariablesResponse> {
    return this.request(
      'GET',
      `/v1/files/${encodeURIComponent(fileKey)}/variables/local`,
      fileKey,
      'file_variables:read',
    );
  }

  postVariables(fileKey: string, body: PostVariablesRequestBody): Promise<PostVariablesResponse> {
    return this.request(
      'POST',
      `/v1/files/${encodeURIComponent(fileKey)}/variables`,
      fileKey,
      'file_variables:write',
      JSON.stringify(body),
    );
  }

  getFile(fileKey: string): Promise<GetFileResponse> {
    return this.request('GET', `/v1/files/${encodeURIComponent(fileKey)}`, fileKey, 'file_content:read');
  }

  private async request<T>(
    method: 'GET' | 'POST',
    path: string,
    fileKey: string,
    scope: Scope,
    body?: string,
  ): Promise<T> {
    const url = `${this.options.apiBase.replace(/\/+$/, '')}${path}`;
    const started = Date.now();
    let waited = 0;
    for (let attempt = 0; ; attempt++) {
      let retry: { waitMs: number; reason: string } | undefined;
      try {
        this.requests++;
        const response = await fetch(url, {
          method,
          headers: { 'X-Figma-Token': this.options.token, ...(body ? { 'Content-Type': 'application/json' } : {}) },
          body,
          signal: AbortSignal.timeout(this.options.timeoutMs),
        });
        const text = await response.text();
        if (response.ok) return JSON.parse(text) as T;
        const message = this.redact(serverMessage(text));
        if (response.status === 429) {
          const after = retryAfterMs(response.headers.get('retry-after'));
          retry = {
            waitMs: after ?? this.backoff(attempt),
            reason: `429 rate limited${after === undefined ? '' : ` (Retry-After ${Math.round(after / 1000)} s)`}`,
          };
        } else if (response.status >= 500) {
          retry = { waitMs: this.backoff(attempt), reason: `${response.status} ${message}` };
        } else {
          throw explain(response.status, message, method, fileKey, scope);
        }
      } catch (error) {
        if (error instanceof FigmaApiError) throw error;
        const reason =
          (error as Error).name === 'TimeoutError'
            ? `no response within ${this.options.timeoutMs} ms`
            : `network error (${(error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message})`;
        retry = { waitMs: this.backoff(attempt), reason };
      }
      const elapsed = Date.now() - started;
      if (method === 'POST' && !retry.reason.startsWith('429')) {
        throw new FigmaApiError(
          `${method} ${path}: ${retry.reason}; Figma may or may not have applied it`,
          undefined,
          true,
        );
      }
      if (attempt >= this.options.maxRetries || waited + retry.waitMs > this.options.maxRetryMs) {
        throw new FigmaApiError(
          `${method} ${path} failed after ${attempt + 1} attempt${attempt ? 's' : ''} in ` +
            `${Math.round(elapsed / 1000)} s: ${retry.reason}. Figma may be down or rate-limiting this ` +
            `token; try again later`,
        );
      }
      this.options.onRetry?.({ attempt: attempt + 1, waitMs: retry.waitMs, reason: retry.reason });
      waited += retry.waitMs;
      await new Promise((r) => setTimeout(r, retry.waitMs));
    }
  }

  private backoff(attempt: number): number {
    const base = Math.min(8_000, this.options.backoffMs * 2 ** attempt);
    return Math.round(base / 2 + Math.random() * (base / 2));
  }

  private redact(text: string): string {
    return this.options.token ? text.split(this.options.token).join('***') : text;
  }
}

function retryAfterMs(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

function serverMessage(text: string): string {
  try {
    const json = JSON.parse(text) as { message?: string; err?: string };
    return json.message ?? json.err ?? text.slice(0, 300);
  } catch {
    return text.slice(0, 300) || '(no message)';
  }
}

function explain(status: number, message: string, method: string, fileKey: string, scope: Scope): FigmaApiError {
  const said = `Figma said: "${message}"`;
  if (status === 400) {
    const advice =
      method === 'POST'
        ? 'Nothing in this request was applied (Figma applies a request all or nothing); ' +
          'fix the token named above in code, or run `livery figma diff` to see what differs'
        : 'Check --file and the options';
    return new FigmaApiError(`Figma rejected the ${method} request (400). ${said}. ${advice}`, status);
  }
  if (status === 404) {
    return new FigmaApiError(
      `file "${fileKey}" not found (404). ${said}. Check --file: it is the key after /design/ or ` +
        `/file/ in the file's URL (a branch has its own key), and that the token's account can ` +
        `open the file`,
      status,
    );
  }
  if (status === 401 || status === 403) {
    if (/scope/i.test(message)) {
      return new FigmaApiError(
        `the token lacks the ${scope} scope (${status}). ${said}. Create a personal access token ` +
          `with ${scope}${scope === 'file_variables:write' ? ' (and file_variables:read)' : ''} and ` +
          `export it as FIGMA_TOKEN`,
        status,
      );
    }
    if (/plan|enterprise/i.test(message)) {
      return new FigmaApiError(
        `this file's plan does not allow the Variables REST API (${status}). ${said}. The ` +
          `endpoints /v1/files/:key/variables are available to full members of Enterprise ` +
          `organisations; ask an admin, or sync through a file in an Enterprise workspace`,
        status,
      );
    }
    return new FigmaApiError(
      `Figma refused the request (${status}). ${said}. Check that FIGMA_TOKEN is valid and not ` +
        `expired, that it has the ${scope} scope, that its account can ` +
        `${method === 'POST' ? 'edit' : 'open'} file "${fileKey}", and that the file is in an ` +
        `Enterprise plan (required by the Variables API)`,
      status,
    );
  }
  if (status === 413) {
    return new FigmaApiError(
      `the request is larger than Figma accepts (413). ${said}. Nothing in this request was applied; pass a smaller --max-request-bytes`,
      status,
    );
  }
  return new FigmaApiError(`${method} failed with ${status}. ${said}`, status);
}
