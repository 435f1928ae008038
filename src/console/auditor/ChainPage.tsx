import { useContext } from 'react';
import { useQuery } from 'urql';
import { ConsoleChainStateDocument } from '../generated/graphql';
import { formatDate } from '../shell/dates';
import { PreferencesContext, useT } from '../shell/i18n';
import { Problem } from '../shell/Problem';

/** The access log's hash chain, recomputed by the hub, and its last signed checkpoint. */
export function ChainPage() {
  const t = useT();
  const { calendar } = useContext(PreferencesContext);
  const [{ data, error, fetching }, verify] = useQuery({ query: ConsoleChainStateDocument });
  const state = data?.verifyAccessLog;
  return (
    <section aria-labelledby="chain-heading">
      <h1 id="chain-heading">{t('アクセス記録の改ざん検証', 'Access-log chain state')}</h1>
      <button type="button" onClick={() => verify({ requestPolicy: 'network-only' })} disabled={fetching}>
        {fetching ? t('検証中…', 'Verifying…') : t('再検証する', 'Verify again')}
      </button>
      <Problem error={error} />
      {state && (
        <>
          <p className={state.intact ? 'ok' : 'bad'} role="status">
            {state.intact ? t('改ざんは検出されませんでした。', 'The chain is intact.') : t('改ざんまたは欠落を検出しました。', 'The chain is broken.')}
          </p>
          <dl>
            <dt>{t('検証した範囲', 'Checked range')}</dt>
            <dd>
              #{state.fromSeq} – #{state.toSeq}（{t('先頭', 'head')} #{state.headSeq}）
            </dd>
            <dt>{t('検証した記録', 'Records checked')}</dt>
            <dd>{state.checkedRecords.toLocaleString()}</dd>
            <dt>{t('検証した署名付きチェックポイント', 'Signed checkpoints checked')}</dt>
            <dd>{state.checkedCheckpoints}</dd>
            <dt>{t('最後の署名付きチェックポイント', 'Last signed checkpoint')}</dt>
            <dd>
              {state.latestCheckpoint
                ? `#${state.latestCheckpoint.seq} ${formatDate(state.latestCheckpoint.createdAt, calendar, true)} (${state.latestCheckpoint.keyId}) ${state.latestCheckpoint.hash.slice(0, 16)}…`
                : t('まだありません（npm run log:checkpoint）', 'None yet (npm run log:checkpoint)')}
            </dd>
            <dt>{t('チェックポイント後の記録', 'Records after the checkpoint')}</dt>
            <dd>{state.recordsAfterLatestCheckpoint.toLocaleString()}</dd>
            {state.firstBad && (
              <>
                <dt>{t('最初の不正な記録', 'First bad record')}</dt>
                <dd>
                  #{state.firstBad.seq} {state.firstBad.problem}: {state.firstBad.detail}
                </dd>
              </>
            )}
          </dl>
        </>
      )}
    </section>
  );
}
