/**
 * Lucide's circle-alert drawn inline: the icon module (components/icons) costs a client island about
 * 1 kB gzip, too much for the one icon of a form's error message (issue #11).
 */
export function AlertIcon({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round" className={className} aria-hidden>
      <circle cx="12" cy="12" r="10" />
      <path d="M12 8v4M12 16h.01" />
    </svg>
  );
}
