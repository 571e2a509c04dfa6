import UploadFileIcon from '@mui/icons-material/UploadFile';
import {
  Alert,
  Box,
  Button as MuiButton,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  LinearProgress,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Button, useNotify, useRefresh, useTranslate } from 'react-admin';
import { TOKEN_KEY } from '../graphql';
import { canCreate } from '../permissions';
import { fileNameFromDisposition, saveBlob } from './download';
import { useWho } from './useWho';

export type ImportKind = 'members' | 'activities';

interface ImportResult {
  ok: boolean;
  dryRun: boolean;
  rows: number;
  created: number;
  errors: { row: number; column: string; field: string; message: string }[];
}

type Phase =
  | { kind: 'idle' }
  | { kind: 'uploading'; percent: number }
  | { kind: 'server'; importing: boolean }
  | { kind: 'result'; result: ImportResult }
  | { kind: 'failed'; message: string };

/** POSTs the file with upload progress (fetch reports none), answering the server's JSON. */
function send(
  kind: ImportKind,
  file: File,
  dryRun: boolean,
  onProgress: (percent: number) => void,
  onUploaded: () => void,
): Promise<ImportResult> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/import/${kind}?dryRun=${dryRun}`);
    const token = localStorage.getItem(TOKEN_KEY);
    if (token) xhr.setRequestHeader('authorization', `Bearer ${token}`);
    xhr.setRequestHeader('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(Math.round((100 * e.loaded) / e.total));
    xhr.upload.onload = onUploaded;
    xhr.onload = () => {
      try {
        const body = JSON.parse(xhr.responseText);
        if (xhr.status === 200) resolve(body as ImportResult);
        else reject(new Error(body?.errors?.[0]?.message ?? `HTTP ${xhr.status}`));
      } catch {
        reject(new Error(`HTTP ${xhr.status}`));
      }
    };
    xhr.onerror = () => reject(new Error('网络错误'));
    xhr.send(file);
  });
}

/**
 * Excel import: template download, a dry run listing every bad row, then the all-or-nothing
 * import (the server does both; see apps/server/src/imports).
 */
export const ImportButton = ({ kind }: { kind: ImportKind }) => {
  const { who } = useWho();
  return who && canCreate(who, kind) ? <ImportDialogButton kind={kind} /> : null;
};

const ImportDialogButton = ({ kind }: { kind: ImportKind }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const busy = phase.kind === 'uploading' || phase.kind === 'server';
  const what = translate(`cppcc.import.${kind}`);

  const template = async () => {
    const res = await fetch(`/import/templates/${kind}.xlsx`);
    saveBlob(
      await res.blob(),
      fileNameFromDisposition(res.headers.get('content-disposition'), `${kind}-template.xlsx`),
    );
  };

  const run = async (dryRun: boolean) => {
    if (!file) return;
    setPhase({ kind: 'uploading', percent: 0 });
    try {
      const result = await send(
        kind,
        file,
        dryRun,
        (percent) => setPhase({ kind: 'uploading', percent }),
        () => setPhase({ kind: 'server', importing: !dryRun }),
      );
      setPhase({ kind: 'result', result });
      if (!dryRun && result.ok) {
        notify(translate('cppcc.import.done', { count: result.created }), { type: 'success' });
        refresh();
        close();
      }
    } catch (error) {
      setPhase({ kind: 'failed', message: (error as Error).message });
    }
  };

  const close = () => {
    setOpen(false);
    setFile(null);
    setPhase({ kind: 'idle' });
  };

  const result = phase.kind === 'result' ? phase.result : null;
  return (
    <>
      <Button label={translate('cppcc.import.button')} onClick={() => setOpen(true)}>
        <UploadFileIcon />
      </Button>
      <Dialog open={open} onClose={busy ? undefined : close} maxWidth="md" fullWidth>
        <DialogTitle>{translate('cppcc.import.title', { what })}</DialogTitle>
        <DialogContent>
          <Typography variant="body2" sx={{ mb: 2 }}>
            {translate('cppcc.import.rule')}
          </Typography>
          <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', mb: 2 }}>
            <MuiButton variant="outlined" onClick={template}>
              {translate('cppcc.import.template')}
            </MuiButton>
            <MuiButton variant="outlined" component="label" disabled={busy}>
              {translate('cppcc.import.choose')}
              <input
                hidden
                type="file"
                accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                aria-label={translate('cppcc.import.choose')}
                onChange={(e) => {
                  setFile(e.target.files?.[0] ?? null);
                  setPhase({ kind: 'idle' });
                }}
              />
            </MuiButton>
            {file && <Typography variant="body2">{file.name}</Typography>}
          </Box>
          {phase.kind === 'uploading' && (
            <>
              <Typography variant="body2">{translate('cppcc.import.uploading', { percent: phase.percent })}</Typography>
              <LinearProgress variant="determinate" value={phase.percent} />
            </>
          )}
          {phase.kind === 'server' && (
            <>
              <Typography variant="body2">
                {translate(phase.importing ? 'cppcc.import.importing' : 'cppcc.import.checking')}
              </Typography>
              <LinearProgress />
            </>
          )}
          {phase.kind === 'failed' && (
            <Alert severity="error">{translate('cppcc.import.failed', { message: phase.message })}</Alert>
          )}
          {result?.ok && <Alert severity="success">{translate('cppcc.import.ok', { count: result.rows })}</Alert>}
          {result && !result.ok && (
            <>
              <Alert severity="warning" sx={{ mb: 1 }}>
                {translate('cppcc.import.bad', { count: result.errors.length })}
              </Alert>
              <Table size="small" aria-label="import problems">
                <TableHead>
                  <TableRow>
                    <TableCell>{translate('cppcc.import.row')}</TableCell>
                    <TableCell>{translate('cppcc.import.column')}</TableCell>
                    <TableCell>{translate('cppcc.import.problem')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {result.errors.map((e, i) => (
                    <TableRow key={i}>
                      <TableCell>{e.row}</TableCell>
                      <TableCell>{e.column}</TableCell>
                      <TableCell>{e.message}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </>
          )}
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={close} disabled={busy}>
            {translate('ra.action.cancel')}
          </MuiButton>
          <MuiButton onClick={() => run(true)} disabled={!file || busy}>
            {translate('cppcc.import.check')}
          </MuiButton>
          <MuiButton
            variant="contained"
            onClick={() => run(false)}
            disabled={!file || busy || !result?.ok || !result.dryRun}
          >
            {translate('cppcc.import.confirm', { count: result?.rows ?? 0 })}
          </MuiButton>
        </DialogActions>
      </Dialog>
    </>
  );
};
