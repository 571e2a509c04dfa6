import type { EntityManager } from 'typeorm';
import { isSealed, yearState, yearStepErrors, yearStepResult, type CloseCheck, type YearStep } from '@cppcc/domain';
import type { GraphQLContext } from '../core/context';
import { assertValid, notFound } from '../core/errors';
import { createRecord } from '../core/record-store';
import { recordVerb } from '../core/record-verb';
import { isPrincipal } from '../core/viewer';
import { townshipComparison } from '../analytics/analytics.service';
import { pieces, seal, yearFigures } from './snapshot';
import './year-guard';
import { provideSealedFigures } from '../core/sealed-figures';
import { YearCorrection, YearEdition, YearSnapshotPart, latestEdition } from './year-edition.entity';
import { openObjectionCount } from './objection.service';

const LABEL = '年度封账';

const nameOf = (ctx: GraphQLContext) => (isPrincipal(ctx.viewer) ? ctx.viewer.name : null);

/** The year's editions, latest first. */
export function editionsOf(ctx: GraphQLContext, year: number): Promise<YearEdition[]> {
  return ctx.db.getRepository(YearEdition).find({ where: { year }, order: { edition: 'DESC' } });
}

const latestOf = (ctx: GraphQLContext, year: number) => latestEdition(ctx.db.manager, year);

function checkStep(step: YearStep, latest: YearEdition | null, reason?: string | null, close?: CloseCheck): void {
  assertValid(yearStepErrors(step, yearState(latest), reason, close));
}

/** 开启核对: the review period of the year begins (a new edition after a reopening). */
export async function openYearReview(ctx: GraphQLContext, year: number): Promise<YearEdition> {
  const latest = await latestOf(ctx, year);
  checkStep('openReview', latest);
  return createRecord(
    ctx,
    YearEdition,
    {
      year,
      edition: (latest?.edition ?? 0) + 1,
      state: yearStepResult('openReview'),
      reviewOpenedAt: new Date(),
      reviewOpenedByName: nameOf(ctx),
    },
    // Checked again inside the transaction by the unique (year, edition): two admins at once get one edition.
    {
      label: LABEL,
      validate: () => [],
      unique: [{ column: 'edition', within: ['year'], field: 'year', message: '该年度已开启核对' }],
    },
  );
}

/**
 * 封账: every figure of the year is sealed in a snapshot (canonical JSON and its SHA-256). The
 * figures are read just before the close's transaction; the review period is when they settle.
 * Open objections hold the close back unless the county closes over them (with a note).
 */
export async function closeYear(
  ctx: GraphQLContext,
  year: number,
  note: string | null | undefined,
  overObjections?: boolean | null,
): Promise<YearEdition> {
  const latest = await latestOf(ctx, year);
  checkStep('close', latest, note, { openObjections: await openObjectionCount(ctx.db.manager, year), overObjections });
  if (!latest) throw notFound(LABEL, year);
  const closedAt = new Date();
  const sealed = seal({
    year,
    edition: latest.edition,
    closedAt: closedAt.toISOString(),
    closedByName: nameOf(ctx),
    figures: await yearFigures(ctx, year),
  });
  return recordVerb(ctx, YearEdition, latest.id, LABEL, 'CLOSE_YEAR', latest.version, async (before, manager) => {
    checkStep('close', before, note, { openObjections: await openObjectionCount(manager, year), overObjections });
    return {
      changes: {
        state: yearStepResult('close'),
        closedAt,
        closedByName: nameOf(ctx),
        closeNote: note?.trim() || null,
        snapshotHash: sealed.hash,
      },
      async writeRelated(m: EntityManager) {
        await m
          .getRepository(YearSnapshotPart)
          .insert(pieces(sealed.json).map((text, seq) => ({ editionId: before.id, seq, text })));
      },
      auditAfter: { snapshotBytes: Buffer.byteLength(sealed.json) },
    };
  });
}

/** 重新开启: the sealed year is open again (with the reason, audited); its snapshot stays. */
export async function reopenYear(
  ctx: GraphQLContext,
  year: number,
  reason: string | null | undefined,
): Promise<YearEdition> {
  const latest = await latestOf(ctx, year);
  checkStep('reopen', latest, reason);
  if (!latest) throw notFound(LABEL, year);
  return recordVerb(ctx, YearEdition, latest.id, LABEL, 'REOPEN_YEAR', latest.version, (before) => {
    checkStep('reopen', before, reason);
    return {
      changes: {
        state: yearStepResult('reopen'),
        reopenedAt: new Date(),
        reopenedByName: nameOf(ctx),
        reopenReason: reason?.trim() ?? null,
      },
    };
  });
}

export interface YearSnapshotResult {
  year: number;
  edition: number;
  hash: string;
  json: string;
}

/** A sealed edition's snapshot (the latest closed one by default), exactly as hashed. */
export async function yearSnapshot(
  ctx: GraphQLContext,
  year: number,
  edition?: number | null,
): Promise<YearSnapshotResult | null> {
  const editions = (await editionsOf(ctx, year)).filter((e) => e.snapshotHash);
  const chosen = edition == null ? editions[0] : editions.find((e) => e.edition === edition);
  if (!chosen?.snapshotHash) return null;
  const parts = await ctx.db
    .getRepository(YearSnapshotPart)
    .find({ where: { editionId: chosen.id }, order: { seq: 'ASC' } });
  return { year, edition: chosen.edition, hash: chosen.snapshotHash, json: parts.map((p) => p.text).join('') };
}

/** 封账后更正 of the year, latest first. */
export function yearCorrections(ctx: GraphQLContext, year: number): Promise<YearCorrection[]> {
  return ctx.db.getRepository(YearCorrection).find({ where: { year }, order: { id: 'DESC' } });
}

export interface DriftRow {
  townshipId: string;
  townshipName: string;
  metric: string;
  sealed: number | null;
  current: number | null;
  difference: number | null;
}

type Rows = readonly {
  townshipId: string;
  townshipName: string;
  values: readonly { key: string; value: number | null }[];
}[];

/** Parsed snapshots by hash (they never change); a few years are read at a time. */
const parsed = new Map<string, Record<string, unknown>>();
const PARSED_MAX = 8;

/** The latest sealed edition of the year (or the one named), parsed once per process. */
async function sealedSnapshot(
  ctx: GraphQLContext,
  year: number,
  edition?: YearEdition,
): Promise<{ hash: string; snapshot: Record<string, unknown> } | null> {
  const chosen = edition ?? (await editionsOf(ctx, year)).find((e) => e.snapshotHash);
  if (!chosen?.snapshotHash) return null;
  let snapshot = parsed.get(chosen.snapshotHash);
  if (!snapshot) {
    const sealed = await yearSnapshot(ctx, year, chosen.edition);
    if (!sealed) return null;
    snapshot = JSON.parse(sealed.json) as Record<string, unknown>;
    if (parsed.size >= PARSED_MAX) parsed.delete(parsed.keys().next().value as string);
    parsed.set(chosen.snapshotHash, snapshot);
  }
  return { hash: chosen.snapshotHash, snapshot };
}

/** 偏差: per township and metric, the sealed figure beside what the records give now, where they differ. */
export async function yearDrift(ctx: GraphQLContext, year: number): Promise<DriftRow[]> {
  const sealed = await sealedSnapshot(ctx, year);
  if (!sealed) return [];
  const then = (sealed.snapshot.figures as { comparison: { rows: Rows } }).comparison.rows;
  const now = (await townshipComparison(ctx, year, null, false, 'records')).rows as Rows;
  const out: DriftRow[] = [];
  for (const row of now) {
    const before = new Map(then.find((r) => r.townshipId === row.townshipId)?.values.map((v) => [v.key, v.value]));
    for (const { key, value } of row.values) {
      const was = before.get(key) ?? null;
      if (was === value) continue;
      const difference = was === null || value === null ? null : Math.round((value - was) * 1e6) / 1e6;
      out.push({
        townshipId: row.townshipId,
        townshipName: row.townshipName,
        metric: key,
        sealed: was,
        current: value,
        difference,
      });
    }
  }
  return out;
}

// The analytics read a closed year's figures from its latest edition, while that edition is sealed.
provideSealedFigures(async (ctx, year) => {
  const latest = (await editionsOf(ctx, year))[0];
  if (!latest || !isSealed(latest.state)) return null;
  const sealed = await sealedSnapshot(ctx, year, latest);
  if (!sealed) return null;
  return {
    closedAt: String(sealed.snapshot.closedAt),
    snapshotHash: sealed.hash,
    figures: sealed.snapshot.figures as Record<string, unknown>,
  };
});
