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
          <input
            ref={field}
            id="redeem-code"
            name="code"
            type="text"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
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
      <div role="status" className="redeem-form__result">
        {state.ok && (
          <p className="form-ok">
            <strong>{state.ok}</strong> {state.detail}
          </p>
        )}
        {state.error && <p className="form-error">{state.error}</p>}
      </div>
    </>
  )
}
