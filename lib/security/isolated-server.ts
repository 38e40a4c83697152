/** Starts scripts/security/isolated-server.ts from a test and waits for its READY line. */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import type { IsolatedServerInfo } from "./isolated-server-info";

export interface IsolatedServer {
  info: IsolatedServerInfo;
  stop(): Promise<void>;
}

export async function startIsolatedServer(options: { distDir?: string; requireLogin?: boolean } = {}): Promise<IsolatedServer> {
  const distDir = options.distDir ?? process.env.E2E_DIST_DIR ?? ".next-e2e";
  const args = ["scripts/security/isolated-server.ts", "--dist", distDir, ...(options.requireLogin ? ["--require-login"] : [])];
  // The server's own log (Better Auth logs every refused origin) is kept out of the test output
  // unless SECURITY_SERVER_LOG=1; its last lines are shown if it fails to start.
  const child: ChildProcess = spawn(path.resolve("node_modules/.bin/tsx"), args, { stdio: ["ignore", "pipe", "pipe"] });
  const verbose = process.env.SECURITY_SERVER_LOG === "1";
  const tail: string[] = [];
  child.stderr!.on("data", (chunk: Buffer) => {
    if (verbose) process.stderr.write(chunk);
    tail.push(chunk.toString("utf8"));
    if (tail.length > 50) tail.shift();
  });
  const info = await new Promise<IsolatedServerInfo>((resolve, reject) => {
    let buffer = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      buffer += chunk.toString("utf8");
      for (let end = buffer.indexOf("\n"); end >= 0; end = buffer.indexOf("\n")) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 1);
        if (line.startsWith("READY ")) resolve(JSON.parse(line.slice(6)) as IsolatedServerInfo);
        else if (verbose && line.trim()) process.stdout.write(`[isolated server] ${line}\n`);
        else if (line.trim()) tail.push(`${line}\n`);
      }
    });
    child.once("exit", (code) => reject(new Error(`The isolated server exited (${code}) before it was ready:\n${tail.join("").slice(-4000)}`)));
  });
  return {
    info,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
