/**
 * A small runtime schema reader for configuration files: each reader checks one value at a
 * path, records what is wrong with the path named, and returns the typed value.
 *
 * @module
 */

/** Collects the problems found while reading a configuration. */
export class ConfigProblems {
  readonly list: string[] = [];

  constructor(
    /** Environment variables for `${NAME}` references. */
    readonly env: Readonly<Record<string, string | undefined>>,
  ) {}

  /** Records `message` about the value at `path`. */
  add(path: string, message: string): void {
    this.list.push(`${path || '(top level)'}: ${message}`);
  }
}

/** Reads the value at `path`; on a problem records it and returns `undefined`. */
export type Reader<T> = (value: unknown, path: string, problems: ConfigProblems) => T | undefined;

/** A field of an object: its reader, and whether it must be present. */
export interface Field<T, R extends boolean> {
  readonly read: Reader<T>;
  readonly required: R;
}

/** A field that must be present. */
export function required<T>(read: Reader<T>): Field<T, true> {
  return { read, required: true };
}

/** A field that may be left out. */
export function optional<T>(read: Reader<T>): Field<T, false> {
  return { read, required: false };
}

type Shape = Record<string, Field<unknown, boolean>>;

/** The value an object reader yields for a shape. */
export type ShapeValue<S extends Shape> = {
  [K in keyof S]: S[K] extends Field<infer T, true> ? T : S[K] extends Field<infer T, false> ? T | undefined : never;
};

/** Keys beside the shape: accepted without effect, or known to Crossbar.io and not supported here. */
export interface ObjectExtras {
  /** Keys accepted and ignored (harmless Crossbar.io keys with no meaning here). */
  readonly ignored?: readonly string[] | undefined;
  /** Crossbar.io keys this router does not implement: an error that says so. */
  readonly unsupported?: readonly string[] | undefined;
}

/** `path` extended by an object key, e.g. `a.b` or `a["x.y"]`. */
export function keyPath(path: string, key: string): string {
  if (/^[A-Za-z_$][\w$-]*$/.test(key)) return path === '' ? key : `${path}.${key}`;
  return `${path}[${JSON.stringify(key)}]`;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a dict';
  return JSON.stringify(value) ?? String(value);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A dict with exactly the keys of `shape` (plus `extras`); any other key is an error naming its path. */
export function object<S extends Shape>(shape: S, extras: ObjectExtras = {}): Reader<ShapeValue<S>> {
  return (value, path, problems) => {
    if (!isPlainObject(value)) {
      problems.add(path, `must be a dict, got ${describe(value)}`);
      return undefined;
    }
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      if (Object.hasOwn(shape, key) || extras.ignored?.includes(key)) continue;
      problems.add(keyPath(path, key), extras.unsupported?.includes(key) ? 'not supported by @wamp/router' : 'unknown key');
    }
    for (const [key, field] of Object.entries(shape)) {
      const at = keyPath(path, key);
      if (value[key] === undefined) {
        if (field.required) problems.add(at, 'required');
        continue;
      }
      out[key] = field.read(value[key], at, problems);
    }
    return out as ShapeValue<S>;
  };
}

/** A dict from free names (e.g. authids) to values read by `item`. */
export function dict<T>(item: Reader<T>): Reader<Record<string, T>> {
  return (value, path, problems) => {
    if (!isPlainObject(value)) {
      problems.add(path, `must be a dict, got ${describe(value)}`);
      return undefined;
    }
    const out: Record<string, T> = {};
    for (const [key, v] of Object.entries(value)) {
      // A name that would set the prototype of the plain objects built from it.
      if (key === '__proto__') {
        problems.add(keyPath(path, key), 'not allowed as a name');
        continue;
      }
      const read = item(v, keyPath(path, key), problems);
      if (read !== undefined) out[key] = read;
    }
    return out;
  };
}

/** A list of values read by `item`. */
export function list<T>(item: Reader<T>): Reader<T[]> {
  return (value, path, problems) => {
    if (!Array.isArray(value)) {
      problems.add(path, `must be a list, got ${describe(value)}`);
      return undefined;
    }
    return value.map((v, i) => item(v, `${path}[${i}]`, problems)).filter((v) => v !== undefined) as T[];
  };
}

/** A string; `check` may refuse it with a message. */
export function string(check?: (s: string) => string | undefined): Reader<string> {
  return (value, path, problems) => {
    if (typeof value !== 'string') {
      problems.add(path, `must be a string, got ${describe(value)}`);
      return undefined;
    }
    const wrong = check?.(value);
    if (wrong !== undefined) {
      problems.add(path, wrong);
      return undefined;
    }
    return value;
  };
}

/** An integer in `min..max`. */
export function integer(min: number, max: number): Reader<number> {
  return (value, path, problems) => {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      problems.add(path, `must be an integer in ${min}..${max}, got ${describe(value)}`);
      return undefined;
    }
    return value;
  };
}

/** A boolean. */
export const boolean: Reader<boolean> = (value, path, problems) => {
  if (typeof value !== 'boolean') {
    problems.add(path, `must be true or false, got ${describe(value)}`);
    return undefined;
  }
  return value;
};

/** One of the given strings. */
export function oneOf<T extends string>(values: readonly T[]): Reader<T> {
  return (value, path, problems) => {
    if (typeof value !== 'string' || !(values as readonly string[]).includes(value)) {
      problems.add(path, `must be one of ${values.map((v) => JSON.stringify(v)).join(', ')}, got ${describe(value)}`);
      return undefined;
    }
    return value as T;
  };
}

/** Any dict, not looked into (sections accepted without effect). */
export const anyDict: Reader<Record<string, unknown>> = (value, path, problems) => {
  if (!isPlainObject(value)) {
    problems.add(path, `must be a dict, got ${describe(value)}`);
    return undefined;
  }
  return value;
};

/**
 * A string that may name an environment variable as `${NAME}` (Crossbar.io's form for tickets
 * and secrets); the variable must be set.
 */
export const envString: Reader<string> = (value, path, problems) => {
  const text = string()(value, path, problems);
  if (text === undefined) return undefined;
  const name = /^\$\{(.+)\}$/.exec(text)?.[1];
  if (name === undefined) return text;
  const resolved = problems.env[name];
  if (resolved === undefined) problems.add(path, `environment variable ${name} is not set`);
  return resolved;
};

/**
 * Reads a dict whose shape depends on its `type` key: `readers` by type value; a type in
 * `unsupported` is a Crossbar.io type this router does not implement.
 */
export function byType<T>(what: string, readers: Readonly<Record<string, Reader<T>>>, unsupported: readonly string[] = []): Reader<T> {
  return (value, path, problems) => {
    if (!isPlainObject(value)) {
      problems.add(path, `must be a dict, got ${describe(value)}`);
      return undefined;
    }
    const type = value['type'];
    const at = keyPath(path, 'type');
    if (type === undefined) {
      problems.add(at, 'required');
      return undefined;
    }
    if (typeof type === 'string' && Object.hasOwn(readers, type)) return (readers[type] as Reader<T>)(value, path, problems);
    if (typeof type === 'string' && unsupported.includes(type)) {
      problems.add(at, `${what} type ${JSON.stringify(type)} is not supported by @wamp/router (supported: ${Object.keys(readers).join(', ')})`);
    } else {
      problems.add(at, `unknown ${what} type ${describe(type)} (supported: ${Object.keys(readers).join(', ')})`);
    }
    return undefined;
  };
}
