import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { beforeAll, expect, it } from 'vitest';
import { sweepUnboundAttachments } from '@cppcc/server/src/files/attachment.service';
import { LocalFileStore } from '@cppcc/server/src/core/file-store';
import { describeOnDatabases, loginToken, DEMO_PASSWORD, client, type Client } from '../support/api';
import { buildSmallCounty, type SmallCounty } from '../support/small-county';
import { create, uploadFile } from '../support/builders-b';

/*
 * The file store through the API (docs/api.md, 附件): uploads checked by content, bound to a
 * proposal in its submission, downloaded by whoever reads the proposal and by nobody else
 * (404, as a key that does not exist), and unbound uploads swept after 24 h. On a county the
 * suite builds (tests/support/small-county.ts), with FILE_MAX_MB = 1.
 */

const MB = 1024 * 1024;
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

interface Uploaded {
  id: string;
  fileName: string;
  mimeType: string;
  size: number;
  sha256: string;
  url: string;
}
interface ErrorBody {
  errors: { message: string; extensions: { code: string; field?: string } }[];
}

const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n'), randomBytes(256)]);
const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(128)]);
const exe = Buffer.concat([Buffer.from('MZ'), Buffer.from([0x90, 0, 3, 0, 0, 0, 4, 0]), randomBytes(200)]);
const text = Buffer.from('关于改善乡村道路的建议\n一、现状\n二、建议\n', 'utf8');

async function docx(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types/>');
  zip.file('word/document.xml', '<?xml version="1.0"?><w:document/>');
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

describeOnDatabases(
  'attachments: one file store, checked by content, served to readers of the owning record',
  (api) => {
    let county: SmallCounty;
    let officer: string;
    let otherOfficer: string;
    let unit: string;
    let admin: string;
    let otherOfficerClient: Client;

    const upload = (token: string | null, bytes: Buffer, name: string) =>
      uploadFile<Uploaded & ErrorBody>(api().url, token, bytes, name);
    const uploaded = async (token: string, bytes: Buffer, name: string) => {
      const res = await upload(token, bytes, name);
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return res.body as Uploaded;
    };
    const download = (token: string | null, url: string) =>
      fetch(`${api().url}${url}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    const submit = (c: Client, attachmentIds: string[], leadMemberId = county.members.own[0]) =>
      c.gql<{ submitProposal: { id: string } }>(
        `mutation($input: SubmitProposalInput!) { submitProposal(input: $input) { id } }`,
        {
          input: {
            title: '关于改善乡村道路的建议',
            category: 'URBAN_RURAL',
            proposerKind: 'MEMBER',
            leadMemberId,
            submittedOn: '2025-02-10',
            attachmentIds,
          },
        },
      );

    beforeAll(async () => {
      county = await buildSmallCounty(api());
      await create(api(), 'createUser', 'UserInput', {
        username: 'officer2',
        displayName: '乙水乡政协干部',
        role: 'TOWNSHIP_OFFICER',
        townshipId: county.townships.other,
        password: DEMO_PASSWORD,
      });
      officer = await api().tokenOf('officer');
      unit = await api().tokenOf('unit');
      admin = await api().tokenOf('admin');
      otherOfficer = await loginToken(api().url, 'officer2');
      otherOfficerClient = client(api().url, otherOfficer);
    });

    it('keeps PDF, PNG, docx and text with the type their content has, under a random key', async () => {
      const a = await uploaded(officer, pdf, '附件一：道路现状.pdf');
      expect(a).toMatchObject({ fileName: '附件一：道路现状.pdf', mimeType: 'application/pdf', size: pdf.length });
      expect(a.sha256).toBe(sha(pdf));
      expect(a.url).toMatch(/^\/files\/[0-9a-f]{32}$/);
      // The sniffed type wins over the name: a PNG called .pdf is a PNG.
      expect((await uploaded(officer, png, '现场照片.pdf')).mimeType).toBe('image/png');
      const word = await docx();
      expect((await uploaded(officer, word, '调研报告.docx')).mimeType).toBe(
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      );
      expect((await uploaded(officer, text, '说明.txt')).mimeType).toBe('text/plain; charset=utf-8');
      // Stored as its bytes, under the key only (no name, no extension) in the folder of the store.
      const key = a.url.slice('/files/'.length);
      const stored = fs.readFileSync(path.join(storeDir(), key.slice(0, 2), key));
      expect(sha(stored)).toBe(sha(pdf));
    });

    it('refuses an executable renamed .pdf, a file over FILE_MAX_MB, and an anonymous upload', async () => {
      const refused = await upload(officer, exe, '会议纪要.pdf');
      expect(refused.status).toBe(400);
      expect(refused.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
      expect(refused.body.errors[0].message).toMatch(/不支持的文件类型.*会议纪要\.pdf.*PDF/);
      const big = await upload(officer, Buffer.concat([pdf, Buffer.alloc(1.5 * MB)]), '大文件.pdf');
      expect(big.status).toBe(413);
      expect(big.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
      expect(big.body.errors[0].message).toMatch(/文件过大，上限 1 MB/);
      expect((await upload(null, pdf, 'a.pdf')).status).toBe(401);
      const leader = await upload(await api().tokenOf('leader'), pdf, 'a.pdf');
      expect(leader.status).toBe(403); // the leader reads, and keeps no files
    });

    it('binds uploads in the proposal’s submission; its readers download it with the Chinese name, others get 404', async () => {
      const name = '关于“乡村道路”的建议（附件一）.pdf';
      const file = await uploaded(officer, pdf, name);
      const { submitProposal } = await client(api().url, officer).ok(
        `mutation($input: SubmitProposalInput!) { submitProposal(input: $input) { id } }`,
        {
          input: {
            title: '关于改善乡村道路的建议',
            category: 'URBAN_RURAL',
            proposerKind: 'MEMBER',
            leadMemberId: county.members.own[0],
            submittedOn: '2025-02-10',
            attachmentIds: [file.id],
          },
        },
      );
      for (const token of [officer, admin, await api().tokenOf('leader')]) {
        const res = await download(token, file.url);
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toBe('application/pdf');
        expect(res.headers.get('x-content-type-options')).toBe('nosniff');
        expect(res.headers.get('cache-control')).toMatch(/private/);
        const disposition = res.headers.get('content-disposition')!;
        expect(disposition).toContain(
          `filename*=UTF-8''${encodeURIComponent(name).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`,
        );
        expect(decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(disposition)![1])).toBe(name);
        expect(disposition).toMatch(/filename="[\x20-\x7e]+\.pdf"/);
        expect(sha(Buffer.from(await res.arrayBuffer()))).toBe(sha(pdf));
      }
      // The neighbour township's officer and a handling unit not assigned the proposal: as if it did not exist.
      for (const token of [otherOfficer, unit]) {
        const res = await download(token, file.url);
        expect(res.status).toBe(404);
        expect(((await res.json()) as ErrorBody).errors[0].extensions.code).toBe('NOT_FOUND');
      }
      expect((await download(null, file.url)).status).toBe(401);

      const list = `query($id: ID!) { attachments(ownerType: "Proposal", ownerId: $id) { id fileName mimeType size sha256 url uploadedAt } }`;
      const { attachments } = await client(api().url, officer).ok(list, { id: submitProposal.id });
      expect(attachments).toEqual([
        expect.objectContaining({ id: file.id, fileName: name, mimeType: 'application/pdf', url: file.url }),
      ]);
      expect((await otherOfficerClient.ok(list, { id: submitProposal.id })).attachments).toBeNull();
      expect((await client(api().url, unit).ok(list, { id: submitProposal.id })).attachments).toBeNull();
      expect((await client(api().url, officer).ok(list, { id: '999999' })).attachments).toBeNull();
    });

    it('answers 404 to a guessed key and to another caller’s unbound upload', async () => {
      for (const guess of [randomBytes(16).toString('hex'), '..%2F..%2Fetc%2Fpasswd', 'x'])
        expect((await download(admin, `/files/${guess}`)).status).toBe(404);
      const mine = await uploaded(officer, text, '草稿.txt');
      expect((await download(officer, mine.url)).status).toBe(200);
      expect((await download(admin, mine.url)).status).toBe(404);
    });

    it('refuses to bind what does not exist, what someone else uploaded or what a record holds, naming the field', async () => {
      const theirs = await uploaded(officer, pdf, '甲山镇.pdf');
      const own = await uploaded(otherOfficer, pdf, '乙水乡.pdf');
      const res = await submit(otherOfficerClient, [own.id, theirs.id, '999999'], county.members.other[0]);
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.attachmentIds[1]' });
      const fields = (res.errors?.[0].extensions?.fields as { field: string }[]).map((f) => f.field);
      expect(fields).toEqual(['input.attachmentIds[1]', 'input.attachmentIds[2]']);
      // Nothing of the refused submission stays: its own upload is still unbound and can be used.
      const ok = await submit(otherOfficerClient, [own.id], county.members.other[0]);
      expect(ok.errors).toBeUndefined();
      const again = await submit(otherOfficerClient, [own.id], county.members.other[0]);
      expect(again.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.attachmentIds[0]' });
    });

    it('discards an unbound upload on request, and sweeps those older than 24 h', async () => {
      const store = new LocalFileStore(storeDir());
      const dropped = await uploaded(officer, text, '作废.txt');
      const discard = `mutation($id: ID!) { discardAttachment(id: $id) }`;
      expect((await client(api().url, admin).ok(discard, { id: dropped.id })).discardAttachment).toBe(false);
      expect((await client(api().url, officer).ok(discard, { id: dropped.id })).discardAttachment).toBe(true);
      expect(await store.get(dropped.url.slice(7))).toBeNull();

      const stale = await uploaded(officer, text, '过期.txt');
      const fresh = await uploaded(officer, text, '新.txt');
      const db = api().server.db;
      const old = new Date(Date.now() - 25 * 3600 * 1000);
      await db.query(`UPDATE attachment SET uploadedAt = ? WHERE id = ?`, [
        api().kind === 'mysql' ? old : old.toISOString().replace('T', ' ').replace('Z', ''),
        Number(stale.id),
      ]);
      const boundBefore = Number(
        (await db.query(`SELECT COUNT(*) AS n FROM attachment WHERE ownerType IS NOT NULL`))[0].n,
      );
      expect(await sweepUnboundAttachments(db, store)).toBeGreaterThanOrEqual(1);
      expect((await download(officer, stale.url)).status).toBe(404);
      expect(await store.get(stale.url.slice(7))).toBeNull();
      expect((await download(officer, fresh.url)).status).toBe(200);
      expect(Number((await db.query(`SELECT COUNT(*) AS n FROM attachment WHERE ownerType IS NOT NULL`))[0].n)).toBe(
        boundBefore,
      );
    });

    it('sweeps the files of a record that was deleted', async () => {
      const store = new LocalFileStore(storeDir());
      const file = await uploaded(officer, text, '撤回的提案附件.txt');
      const res = await submit(client(api().url, officer), [file.id]);
      const id = res.data!.submitProposal.id;
      await client(api().url, officer).ok(`mutation($id: ID!) { deleteProposal(id: $id) }`, { id });
      await sweepUnboundAttachments(api().server.db, store);
      const rows = await api().server.db.query(`SELECT id FROM attachment WHERE id = ?`, [Number(file.id)]);
      expect(rows).toEqual([]);
      expect(await store.get(file.url.slice(7))).toBeNull();
    });

    /** The suite's store folder (tests/support/api.ts puts it beside the database). */
    function storeDir(): string {
      return (api().server.fileStore as LocalFileStore).dir;
    }
  },
  { demo: false, fileMaxMb: 1 },
);
