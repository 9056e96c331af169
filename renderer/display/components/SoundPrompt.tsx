// Asked once when the browser holds back sound until a click (a board opened in a plain browser
// rather than the app). Captions work either way.
import { VolumeX } from 'lucide-react';
import { t } from '../../i18n/index.ts';

export function SoundPrompt({ onEnable }: { onEnable(): void }) {
  return (
    <div className="board-sound-prompt">
      <button
        type="button"
        className="btn btn-primary board-sound-button"
        onClick={onEnable}
        aria-describedby="board-sound-hint"
      >
        <VolumeX aria-hidden="true" />
        {t('display.enableSound')}
      </button>
      <p id="board-sound-hint" className="board-sound-hint">
        {t('display.enableSoundHint')}
      </p>
    </div>
  );
}
