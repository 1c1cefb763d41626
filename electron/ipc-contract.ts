/**
 * The one contract between the Electron main process, the preload script and the renderer:
 * channel names, payload types, the zod schemas main uses to parse every argument, and the
 * `DesktopApi` the preload exposes as `window.scsDesktop`.
 *
 * The renderer imports this file type-only, and the sandboxed preload bundles it, so it must stay
 * free of Node and Electron runtime imports (zod is plain JavaScript and fine).
 */
import { z } from 'zod';

/** Name of the global the preload exposes the API under (`window.scsDesktop`). */
export const DESKTOP_API_KEY = 'scsDesktop';

/** IPC channel names. Namespaced so they never collide with Electron's or a library's channels. */
export const IPC_CHANNELS = {
  /** invoke: renderer → main, no arguments, resolves to {@link OpenFileResult}. */
  openSessionFile: 'scs:file/open',
  /** invoke: renderer → main, one {@link SaveFileRequest}, resolves to {@link SaveFileResult}. */
  saveSessionFile: 'scs:file/save',
  /** invoke: renderer → main, no arguments, resolves to the app version string. */
  getAppVersion: 'scs:app/version',
  /** invoke: renderer → main, no arguments, resolves to the system's regional format (a BCP 47 tag, e.g. `"de-DE"`). */
  getSystemLocale: 'scs:app/system-locale',
  /** invoke: renderer → main, one file token from {@link RecentFileRequest}, resolves to {@link OpenFileResult}. */
  openRecentFile: 'scs:file/open-recent',
  /** invoke: renderer → main, one {@link CloseAnswer} to the latest {@link IPC_CHANNELS.closeRequest}. */
  answerCloseRequest: 'scs:window/close-answer',
  /** invoke: renderer → main, one {@link PrintReportRequest}, resolves to {@link ExportFileResult} (the PDF saved). */
  printReportToPdf: 'scs:report/print-to-pdf',
  /** invoke: renderer → main, no arguments, resolves to the stored progress text or `null` when there is none. */
  loadProgress: 'scs:progress/load',
  /** invoke: renderer → main, one progress text (validated by main), resolves when written to userData. */
  saveProgress: 'scs:progress/save',
  /** invoke: renderer → main, one {@link ExportProgressRequest}, resolves to {@link ExportFileResult}. */
  exportProgress: 'scs:progress/export',
  /** invoke: renderer → main, no arguments: the Open dialog for a progress file, resolves to {@link ImportFileResult}. */
  importProgress: 'scs:progress/import',
  /** invoke: renderer → main, one {@link SaveSnapshotRequest}, resolves to {@link ExportFileResult} (the PNG saved). */
  saveSnapshot: 'scs:snapshot/save',
  /** send: main → renderer, one {@link MenuCommand}. */
  menuCommand: 'scs:menu/command',
  /** send: main → renderer, one {@link RecentFileRequest}: the user picked File → Open Recent → a file. */
  openRecentRequest: 'scs:file/open-recent-request',
  /** send: main → renderer, no arguments: the user is closing the window; answer with a {@link CloseAnswer}. */
  closeRequest: 'scs:window/close-request',
} as const;

/** The channels main sends on; the renderer only listens to them. */
type SendChannelKey = 'menuCommand' | 'openRecentRequest' | 'closeRequest';

/** The channels the renderer may `invoke`; main registers exactly one handler for each. */
export type InvokeChannel = (typeof IPC_CHANNELS)[Exclude<keyof typeof IPC_CHANNELS, SendChannelKey>];

/** Largest session file main reads or writes: 5 MiB of UTF-8. */
export const MAX_SESSION_FILE_BYTES = 5 * 1024 * 1024;

/** File extension the app gives session files it names itself. */
export const SESSION_FILE_EXTENSION = '.scs.json';

/** Largest visit report main prints (UTF-16 code units): a report is ≈ 20 k; this leaves room for long visits. */
export const MAX_REPORT_HTML_CHARS = 2_000_000;

/** Largest progress text main stores or exports; equal to the core's `MAX_PROGRESS_TEXT_CHARS` (a test holds it). */
export const MAX_PROGRESS_TEXT_CHARS = 1_000_000;

/** The paper sizes a report is printed on (the core's `reportPageSizeFor` picks one by locale). */
export const REPORT_PAGE_SIZES = ['A4', 'Letter'] as const;

/** A visit report to print to PDF: its HTML (self-contained), the file name offered and the paper. */
export type PrintReportRequest = { html: string; suggestedName: string; pageSize: (typeof REPORT_PAGE_SIZES)[number] };

/** A progress file to export through the Save dialog. */
export type ExportProgressRequest = { contents: string; suggestedName: string };

/** Largest snapshot main saves: a 2× PNG of a 4K window is ≈ 30 MB at worst (noise-free UI compresses far better). */
export const MAX_SNAPSHOT_BYTES = 64 * 1024 * 1024;

/** A PNG snapshot (3D view or workstation, for slides) to save through the Save dialog. */
export type SaveSnapshotRequest = { png: Uint8Array; suggestedName: string };

/** Where an exported file (PDF, progress) went, or `canceled`. */
export type ExportFileResult = { canceled: true } | { canceled: false; fileName: string };

/** A file the user chose to import, or `canceled`. */
export type ImportFileResult = { canceled: true } | { canceled: false; fileName: string; contents: string };

/** Commands the native menu sends to the focused window's renderer. */
export const MENU_COMMANDS = ['file.new', 'file.open', 'file.save', 'file.saveAs', 'help.about'] as const;

/** One native-menu command, e.g. `'file.save'`. */
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/**
 * True when `value` is one of {@link MENU_COMMANDS}. Written without zod so the preload can use it
 * without pulling schema code into its bundle.
 * @example isMenuCommand('file.open') // true
 */
export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

/** Result of asking main to open a session file. `fileToken` names the file for a later save. */
export type OpenFileResult =
  { canceled: true } | { canceled: false; fileName: string; fileToken: string; contents: string };

/**
 * A request to save a session file.
 * - `contents`: the file text, at most {@link MAX_SESSION_FILE_BYTES} bytes of UTF-8.
 * - `suggestedName`: a plain file name (no folders) offered in the Save dialog.
 * - `saveAs`: always show the Save dialog, even when `fileToken` is given.
 * - `fileToken`: the token of a file opened or saved earlier; main writes back to that file.
 */
export type SaveFileRequest = {
  contents: string;
  suggestedName: string;
  saveAs: boolean;
  fileToken?: string;
};

/** Result of a save: the name and token of the file written, or `canceled` if the user backed out. */
export type SaveFileResult = { canceled: true } | { canceled: false; fileName: string; fileToken: string };

/** A recent file the user picked in the native menu: its name and a token main issued for it. */
export type RecentFileRequest = { fileName: string; fileToken: string };

/**
 * The renderer's answer when main asks whether the window may close:
 * - `'asking'`: unsaved work, the in-app "Save changes?" dialog is open; a final answer follows.
 * - `'close'`: nothing unsaved, or the user saved or chose not to save.
 * - `'cancel'`: the user wants to keep the window (or the save failed or was cancelled).
 */
export type CloseAnswer = 'asking' | 'close' | 'cancel';

/** Every {@link CloseAnswer}. */
export const CLOSE_ANSWERS = ['asking', 'close', 'cancel'] as const satisfies readonly CloseAnswer[];

/**
 * True when `value` is a well-formed {@link RecentFileRequest}; zod-free for the preload.
 * @example isRecentFileRequest({ fileName: 'a.scs.json', fileToken: '…' }) // true
 */
export function isRecentFileRequest(value: unknown): value is RecentFileRequest {
  if (typeof value !== 'object' || value === null) return false;
  const { fileName, fileToken } = value as Record<string, unknown>;
  return typeof fileName === 'string' && typeof fileToken === 'string';
}

/** What the preload exposes as `window.scsDesktop`: one function per operation, nothing generic. */
export interface DesktopApi {
  /** Shows the Open dialog and reads the chosen session file. */
  openSessionFile(): Promise<OpenFileResult>;
  /** Saves a session file: back to `fileToken`'s file, or through the Save dialog. */
  saveSessionFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /** Calls `listener` for every native-menu command; returns a function that unsubscribes. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** The application's version, e.g. `"0.1.0"`. */
  getAppVersion(): Promise<string>;
  /**
   * The regional format numbers are shown in (`app.getSystemLocale()`: on Windows 11 and macOS the region, which can
   * differ from the UI language `navigator.language` reports), e.g. `"de-DE"` → "4,2 mA".
   */
  getSystemLocale(): Promise<string>;
  /** Reads a recent file main offered through {@link DesktopApi.onOpenRecentRequest}. */
  openRecentFile(fileToken: string): Promise<OpenFileResult>;
  /** Calls `listener` when the user picks a file in File → Open Recent; returns the unsubscribe. */
  onOpenRecentRequest(listener: (request: RecentFileRequest) => void): () => void;
  /** Calls `listener` when the user closes the window; answer with {@link DesktopApi.answerCloseRequest}. */
  onCloseRequest(listener: () => void): () => void;
  /** Tells main whether the window may close now (see {@link CloseAnswer}). */
  answerCloseRequest(answer: CloseAnswer): Promise<void>;
  /** Prints a visit report to PDF (page numbers, the request's paper) and saves it through the Save dialog. */
  printReportToPdf(request: PrintReportRequest): Promise<ExportFileResult>;
  /** The learner's stored progress (userData), or `null` before the first result. */
  loadProgress(): Promise<string | null>;
  /** Stores the learner's progress in userData (main checks it is a progress file first). */
  saveProgress(contents: string): Promise<void>;
  /** Exports a progress file through the Save dialog. */
  exportProgress(request: ExportProgressRequest): Promise<ExportFileResult>;
  /** Reads a progress file the user picks in the Open dialog (the renderer parses and merges it). */
  importProgress(): Promise<ImportFileResult>;
  /** Saves a PNG snapshot through the Save dialog. */
  saveSnapshot(request: SaveSnapshotRequest): Promise<ExportFileResult>;
}

// Schemas below: every zod call carries a PURE annotation. The sandboxed preload imports this file
// for channel names only, and the annotations let the bundler drop the unused schemas and with them
// all of zod (~100 kB). A call without one keeps zod in the preload: harmless, but wasteful.

/** UTF-8 byte length, computed only when the cheap UTF-16 bounds cannot decide. */
function fitsInSessionFile(text: string): boolean {
  // Every UTF-16 code unit encodes to 1–3 UTF-8 bytes, so most strings are decided without encoding.
  if (text.length > MAX_SESSION_FILE_BYTES) return false;
  if (text.length * 3 <= MAX_SESSION_FILE_BYTES) return true;
  return new TextEncoder().encode(text).byteLength <= MAX_SESSION_FILE_BYTES;
}

/** Session file text: a string of at most {@link MAX_SESSION_FILE_BYTES} UTF-8 bytes. */
export const sessionFileContentsSchema = /* @__PURE__ */ z
  .string()
  .refine(fitsInSessionFile, { message: `must be at most ${MAX_SESSION_FILE_BYTES} bytes of UTF-8` });

/**
 * A plain file name: no folder separators, no control characters, not `.` or `..`, ≤ 255 chars.
 * Main joins it to a folder the user picks, so it must never be able to climb out of that folder.
 */
export const plainFileNameSchema = /* @__PURE__ */ z
  .string()
  .min(1, 'must not be empty')
  .max(255, 'must be at most 255 characters')
  .refine((name) => !/[/\\]/.test(name), { message: 'must be a plain file name without folder separators' })
  // eslint-disable-next-line no-control-regex -- the point is to reject control characters.
  .refine((name) => !/[\u0000-\u001f\u007f]/.test(name), { message: 'must not contain control characters' })
  .refine((name) => name !== '.' && name !== '..', { message: 'must not be "." or ".."' });

/** An opaque file token as main issues them (a random UUID). */
export const fileTokenSchema = /* @__PURE__ */ z.uuid({ message: 'must be a file token issued by the app' });

/**
 * Schema for {@link SaveFileRequest}; unknown keys are rejected so typos surface early.
 * `fileToken: undefined` is accepted and dropped: it survives the structured clone across the
 * context bridge, and a renderer holding "no token" as `undefined` should not fail to save.
 */
export const saveFileRequestSchema = /* @__PURE__ */ z
  .strictObject({
    contents: sessionFileContentsSchema,
    suggestedName: plainFileNameSchema,
    saveAs: /* @__PURE__ */ z.boolean(),
    fileToken: /* @__PURE__ */ fileTokenSchema.optional(),
  })
  .transform(({ fileToken, ...rest }): SaveFileRequest => (fileToken === undefined ? rest : { ...rest, fileToken }));

/** Report HTML: a string of at most {@link MAX_REPORT_HTML_CHARS}. */
export const reportHtmlSchema = /* @__PURE__ */ z
  .string()
  .min(1, 'must not be empty')
  .max(MAX_REPORT_HTML_CHARS, `must be at most ${MAX_REPORT_HTML_CHARS} characters`);

/** Progress text: a string of at most {@link MAX_PROGRESS_TEXT_CHARS} (its content is checked by the core's parser). */
export const progressTextSchema = /* @__PURE__ */ z
  .string()
  .max(MAX_PROGRESS_TEXT_CHARS, `must be at most ${MAX_PROGRESS_TEXT_CHARS} characters`);

/** Schema for {@link PrintReportRequest}. */
export const printReportRequestSchema = /* @__PURE__ */ z.strictObject({
  html: reportHtmlSchema,
  suggestedName: plainFileNameSchema,
  pageSize: /* @__PURE__ */ z.enum(REPORT_PAGE_SIZES),
});

/** Schema for {@link ExportProgressRequest}. */
export const exportProgressRequestSchema = /* @__PURE__ */ z.strictObject({
  contents: progressTextSchema,
  suggestedName: plainFileNameSchema,
});

/** The eight bytes every PNG file starts with. */
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** PNG bytes: a Uint8Array of at most {@link MAX_SNAPSHOT_BYTES} that starts with the PNG signature. */
export const pngBytesSchema = /* @__PURE__ */ z
  .instanceof(Uint8Array, { message: 'must be the bytes of a PNG image' })
  .refine((bytes) => bytes.byteLength <= MAX_SNAPSHOT_BYTES, {
    message: `must be at most ${MAX_SNAPSHOT_BYTES} bytes`,
  })
  .refine((bytes) => PNG_SIGNATURE.every((byte, i) => bytes[i] === byte), { message: 'must be a PNG image' });

/** Schema for {@link SaveSnapshotRequest}. */
export const saveSnapshotRequestSchema = /* @__PURE__ */ z.strictObject({
  png: pngBytesSchema,
  suggestedName: plainFileNameSchema,
});

/**
 * Argument lists of each invoke channel, as the tuple `ipcRenderer.invoke` sends after the channel.
 * Keys are spelled out rather than computed from IPC_CHANNELS (computed keys defeat the bundler's
 * tree-shaking, see above); `satisfies` still fails the build if one is missing, extra or misspelt.
 */
export const invokeArgumentSchemas = {
  'scs:file/open': /* @__PURE__ */ z.tuple([]),
  'scs:file/save': /* @__PURE__ */ z.tuple([saveFileRequestSchema]),
  'scs:app/version': /* @__PURE__ */ z.tuple([]),
  'scs:app/system-locale': /* @__PURE__ */ z.tuple([]),
  'scs:file/open-recent': /* @__PURE__ */ z.tuple([fileTokenSchema]),
  'scs:window/close-answer': /* @__PURE__ */ z.tuple([/* @__PURE__ */ z.enum(CLOSE_ANSWERS)]),
  'scs:report/print-to-pdf': /* @__PURE__ */ z.tuple([printReportRequestSchema]),
  'scs:progress/load': /* @__PURE__ */ z.tuple([]),
  'scs:progress/save': /* @__PURE__ */ z.tuple([progressTextSchema]),
  'scs:progress/export': /* @__PURE__ */ z.tuple([exportProgressRequestSchema]),
  'scs:progress/import': /* @__PURE__ */ z.tuple([]),
  'scs:snapshot/save': /* @__PURE__ */ z.tuple([saveSnapshotRequestSchema]),
} as const satisfies Record<InvokeChannel, z.ZodType>;
