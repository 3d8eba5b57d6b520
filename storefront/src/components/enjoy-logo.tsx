/** The platform's wordmark, inline so it costs no request and scales crisply. */
export function EnjoyLogo({ title }: { title: string }) {
  return (
    <svg
      className="enjoy-logo"
      viewBox="0 0 132 40"
      width="132"
      height="40"
      role="img"
      aria-label={title}
    >
      <rect width="40" height="40" rx="10" fill="#14213d" />
      <path d="M11 12h18v4H16v3h11v4H16v3h13v4H11z" fill="#fca311" />
      <text x="48" y="28" fontFamily="system-ui, sans-serif" fontSize="22" fontWeight="700" fill="#14213d">
        Enjoy
      </text>
    </svg>
  )
}
