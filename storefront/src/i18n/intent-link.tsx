"use client"

import { forwardRef, type ComponentProps, type FocusEvent, type MouseEvent, type TouchEvent } from "react"
import { navigation } from "./navigation-core"

type Props = ComponentProps<typeof navigation.Link>

/**
 * A link that fetches its page when the visitor shows the intent to follow it (pointer over it, thumb on
 * it, keyboard focus), not as soon as it scrolls into view. Next.js's default prefetches every link on
 * screen: on a phone, the home page's commune cards and menu started six page downloads right after
 * loading, and decoding them was the main thread's longest work (Lighthouse's blocking time). A touch
 * starts about a tenth of a second before the tap ends, enough for a cached page to arrive.
 */
export const Link = forwardRef<HTMLAnchorElement, Props>(function IntentLink(
  { onMouseEnter, onTouchStart, onFocus, prefetch, ...props },
  ref
) {
  const router = navigation.useRouter()
  // An explicit `prefetch` keeps Next.js's own behaviour for that link.
  if (prefetch !== undefined) {
    return <navigation.Link ref={ref} prefetch={prefetch} onMouseEnter={onMouseEnter} onTouchStart={onTouchStart} onFocus={onFocus} {...props} />
  }
  const prefetchTarget = () => {
    if (typeof props.href === "string" && /^[a-z]+:/i.test(props.href)) return
    router.prefetch(props.href as Parameters<typeof router.prefetch>[0], props.locale ? { locale: props.locale } : undefined)
  }
  return (
    <navigation.Link
      ref={ref}
      prefetch={false}
      onMouseEnter={(event: MouseEvent<HTMLAnchorElement>) => {
        onMouseEnter?.(event)
        prefetchTarget()
      }}
      onTouchStart={(event: TouchEvent<HTMLAnchorElement>) => {
        onTouchStart?.(event)
        prefetchTarget()
      }}
      onFocus={(event: FocusEvent<HTMLAnchorElement>) => {
        onFocus?.(event)
        prefetchTarget()
      }}
      {...props}
    />
  )
})
