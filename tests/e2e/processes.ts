// Helpers for tests that run their own servers: the production build and embedded PostgreSQL, on free ports.
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";

export function startProcess(
  command: string,
  args: string[],
  env: Record<string, string>,
): { child: ChildProcess; output: () => string } {
  let output = "";
  const child = spawn(command, args, {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  return { child, output: () => output };
}

export async function run(command: string, args: string[], env: Record<string, string>): Promise<string> {
  const p = startProcess(command, args, env);
  const [code] = await once(p.child, "exit");
  if (code !== 0) throw new Error(`${command} ${args.join(" ")} exited ${code}:\n${p.output()}`);
  return p.output();
}

/** Polls `check` until it returns true or `ms` pass; returns the time it took. */
export async function within(ms: number, check: () => Promise<boolean>, every = 100): Promise<number> {
  const start = Date.now();
  while (Date.now() - start < ms) {
    if (await check().catch(() => false)) return Date.now() - start;
    await new Promise((r) => setTimeout(r, every));
  }
  throw new Error(`condition not met within ${ms} ms`);
}

/** A GET that never waits longer than `ms`: returns the status and how long it took (status 0 on a hang). */
export async function timedGet(url: string, ms = 2_500): Promise<{ status: number; ms: number; body: string }> {
  const start = Date.now();
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(ms), redirect: "manual" });
    return { status: res.status, body: await res.text(), ms: Date.now() - start };
  } catch {
    return { status: 0, body: "", ms: Date.now() - start };
  }
}

export async function stopProcess(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM"): Promise<number | null> {
  if (child.exitCode !== null) return child.exitCode;
  child.kill(signal);
  const [code] = await once(child, "exit");
  return code;
}
