// The few shared control styles: one button, one form field, one card, one chip (docs/design.md).
import type { ButtonHTMLAttributes, ReactNode } from "react";

export const FIELD =
  "mt-1 block min-h-11 rounded-md border-2 border-line-strong bg-paper px-3 py-2 text-base font-normal text-ink";
export const CARD = "rounded-lg border border-line bg-paper p-4 sm:p-5";
export const CHIP =
  "inline-flex min-h-8 items-center gap-1 rounded-full border border-line bg-paper px-3 text-sm no-underline hover:border-brand hover:bg-brand-wash";

export function Button({
  children,
  variant = "primary",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: "primary" | "secondary"; children: ReactNode }) {
  const look =
    variant === "primary"
      ? "bg-brand text-paper hover:bg-brand-dark"
      : "border-2 border-brand bg-paper text-brand hover:bg-brand-wash";
  return (
    <button
      {...props}
      className={`inline-flex min-h-11 items-center justify-center rounded-md px-4 font-semibold ${look} ${props.className ?? ""}`}
    >
      {children}
    </button>
  );
}
