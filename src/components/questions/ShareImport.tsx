/** Opening a page with #share= offers to import the list as a new meeting, or explains what is wrong. */
import { useEffect, useState } from 'preact/hooks';
import { decodeShare, readShareFragment, type SharedList } from '../../lib/share-link';
import { openSharedList } from '../../stores/question-list';
import { clearFragment } from './browser';
import { useAnnounce } from '../shared/feedback';
import { strings } from './strings';

const s = strings.share;
type Offer = { kind: 'offer'; list: SharedList } | { kind: 'error'; message: string } | null;

interface Props {
  /** Called when the notice closes, with the imported meeting's id when there was an import. */
  onClose: (importedId?: string) => void;
}

export default function ShareImport({ onClose }: Props) {
  const announce = useAnnounce();
  const [offer, setOffer] = useState<Offer>(null);

  useEffect(() => {
    const read = () => {
      const payload = readShareFragment(location.hash);
      if (payload === null) return;
      const r = decodeShare(payload);
      if (r.ok) setOffer({ kind: 'offer', list: r.value });
      else {
        setOffer({ kind: 'error', message: s.errors[r.error] });
        clearFragment();
      }
    };
    read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, []);

  if (!offer) return null;
  const close = (importedId?: string) => {
    setOffer(null);
    clearFragment();
    onClose(importedId);
  };
  if (offer.kind === 'error') {
    return (
      <div class="notice notice-error cluster qb-share" role="alert">
        <p>{offer.message}</p>
        <button type="button" class="btn btn-small" onClick={() => close()}>
          {s.dismiss}
        </button>
      </div>
    );
  }
  const title = offer.list.title || s.untitled;
  const accept = () => {
    const id = openSharedList(offer.list, s.untitled);
    close(id);
    announce(s.imported(title));
  };
  return (
    <div class="notice notice-success qb-share" role="region" aria-label={s.untitled}>
      <p>{s.offer(title, offer.list.questions.length)}</p>
      <div class="cluster">
        <button type="button" class="btn btn-primary" onClick={accept}>
          {s.import}
        </button>
        <button type="button" class="btn" onClick={() => close()}>
          {s.dismiss}
        </button>
      </div>
    </div>
  );
}
