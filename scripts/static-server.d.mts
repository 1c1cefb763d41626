/** Types of static-server.mjs, for the tests that start it. */
export interface StaticServer {
  /** `http://127.0.0.1:<port>/` */
  readonly url: string;
  readonly port: number;
  /** Stops listening and drops open connections. */
  close(): Promise<void>;
}

/** Serves `root` on 127.0.0.1:`port` (0 = any free port). */
export function startStaticServer(root: string, port: number): Promise<StaticServer>;
