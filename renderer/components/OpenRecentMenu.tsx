import { useId, useRef, useState } from 'react';
import { openRecentSession } from '../commands/file-actions';
import type { RecentFile } from '../platform';
import { useAppServices } from '../store/context';

/**
 * File → Open Recent for web mode (the desktop has it in its native menu). The browser remembers names only, so
 * the menu says plainly that picking one opens the file picker again.
 */
export function OpenRecentMenu() {
  const services = useAppServices();
  const { platform, store } = services;
  const [recent, setRecent] = useState<readonly RecentFile[] | undefined>(undefined);
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const close = () => {
    setRecent(undefined);
    buttonRef.current?.focus();
  };
  const open = (file: RecentFile) => {
    setRecent(undefined);
    void openRecentSession(store, platform, file);
  };
  return (
    <div className="recent-menu">
      <button
        ref={buttonRef}
        type="button"
        aria-haspopup="menu"
        aria-expanded={recent !== undefined}
        aria-controls={menuId}
        onClick={() => (recent ? close() : setRecent(platform.recentFiles()))}
      >
        Open Recent ▾
      </button>
      {recent && (
        <div
          id={menuId}
          role="menu"
          aria-label="Recent files"
          className="recent-menu__list"
          onKeyDown={(event) => event.key === 'Escape' && close()}
        >
          {recent.length === 0 ? (
            <p className="recent-menu__note">No recent files yet.</p>
          ) : (
            <>
              <p className="recent-menu__note">The browser keeps names only: you choose the file again.</p>
              {recent.map((file) => (
                <button key={file.fileName} type="button" role="menuitem" onClick={() => open(file)}>
                  {file.fileName}
                </button>
              ))}
            </>
          )}
        </div>
      )}
    </div>
  );
}
