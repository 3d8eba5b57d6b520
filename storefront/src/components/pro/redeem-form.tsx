"use client"

import { useActionState, useEffect, useRef, useState } from "react"
import { redeemAction, type RedeemState } from "@/app/[locale]/pro/bons-plans/valider/actions"

type Labels = { code: string; validate: string; scan: string; stopScan: string; scanVideo: string }

type Detector = { detect: (source: HTMLVideoElement) => Promise<{ rawValue: string }[]> }

/**
 * The counter's form: type the code, or scan the QR code with the device's
 * camera where the browser can read QR codes (BarcodeDetector); the scanned
 * content fills the field and is submitted like a typed code.
 */
export function RedeemForm({ labels }: { labels: Labels }) {
  const [state, action, pending] = useActionState<RedeemState, FormData>(redeemAction, {})
  const form = useRef<HTMLFormElement>(null)
  const field = useRef<HTMLInputElement>(null)
  const video = useRef<HTMLVideoElement>(null)
  const [canScan, setCanScan] = useState(false)
  const [scanning, setScanning] = useState(false)

  // After each result the field is ready for the next shopper's code, without a tap.
  useEffect(() => {
    if (state.ok || state.error) field.current?.focus()
  }, [state])

  useEffect(() => {
    setCanScan("BarcodeDetector" in window && !!navigator.mediaDevices?.getUserMedia)
  }, [])

  useEffect(() => {
    if (!scanning) {
      return
    }
    let stream: MediaStream | undefined
    let stopped = false
    const Ctor = (window as unknown as { BarcodeDetector: new (o: object) => Detector }).BarcodeDetector
    const detector = new Ctor({ formats: ["qr_code"] })
    ;(async () => {
      stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" } })
      if (!video.current) return
      video.current.srcObject = stream
      await video.current.play()
      while (!stopped) {
        const [found] = await detector.detect(video.current).catch(() => [])
        if (found && field.current) {
          field.current.value = found.rawValue
          setScanning(false)
          form.current?.requestSubmit()
          return
        }
        await new Promise((resolve) => setTimeout(resolve, 250))
      }
    })().catch(() => setScanning(false))
    return () => {
      stopped = true
      stream?.getTracks().forEach((track) => track.stop())
    }
  }, [scanning])

  return (
    <>
      <form ref={form} action={action} className="redeem-form">
        <p className="field">
          <label htmlFor="redeem-code">{labels.code}</label>
          {/* Letters and digits (K7QM-3TZA): the text keyboard, in capitals, with "Go" on its enter key. */}
          <input
            ref={field}
            id="redeem-code"
            name="code"
            type="text"
            inputMode="text"
            enterKeyHint="go"
            autoComplete="off"
            autoCapitalize="characters"
            autoCorrect="off"
            spellCheck={false}
            maxLength={500}
            required
            defaultValue={state.code}
            key={state.ok ?? state.code ?? ""}
          />
        </p>
        <button type="submit" className="button" disabled={pending}>
          {labels.validate}
        </button>
        {canScan && (
          <button type="button" className="button button--quiet" onClick={() => setScanning((s) => !s)}>
            {scanning ? labels.stopScan : labels.scan}
          </button>
        )}
      </form>
      {scanning && <video ref={video} className="redeem-form__video" aria-label={labels.scanVideo} muted playsInline />}
      {/* Green or red at a glance, read out by screen readers; the mark is decorative, the words say it. */}
      <div role="status" className="redeem-form__result">
        {state.ok && (
          <p className="redeem-result redeem-result--ok form-ok">
            <span aria-hidden="true" className="redeem-result__mark">✓</span>
            <strong>{state.ok}</strong> {state.detail}
          </p>
        )}
        {state.error && (
          <p className="redeem-result redeem-result--refused form-error">
            <span aria-hidden="true" className="redeem-result__mark">✕</span>
            {state.error}
          </p>
        )}
      </div>
    </>
  )
}
