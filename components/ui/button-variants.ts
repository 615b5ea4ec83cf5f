// Apart from Button so a plain element (a link) can look like a button without Button's module.
// A lookup rather than class-variance-authority: the same classes in less JavaScript (issue #11).
const BASE =
  "inline-flex items-center justify-center gap-2 whitespace-nowrap rounded-md text-sm font-medium transition-colors focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring disabled:pointer-events-none disabled:opacity-50 [&_svg]:size-4 [&_svg]:shrink-0";

const VARIANTS = {
  default: "bg-primary text-primary-foreground hover:bg-primary/90",
  destructive: "bg-destructive text-destructive-foreground hover:bg-destructive/90",
  outline: "border bg-background hover:bg-secondary",
  secondary: "bg-secondary text-secondary-foreground hover:bg-secondary/80",
  ghost: "hover:bg-secondary",
  link: "text-primary underline-offset-4 hover:underline",
};

// `sm`'s text-xs follows the base's text-sm in the stylesheet, so it wins without merging.
const SIZES = { default: "h-9 px-4 py-2", sm: "h-8 px-3 text-xs", lg: "h-10 px-6", icon: "size-9" };

export type ButtonVariantProps = { variant?: keyof typeof VARIANTS; size?: keyof typeof SIZES };

export function buttonVariants({ variant = "default", size = "default" }: ButtonVariantProps = {}): string {
  return `${BASE} ${VARIANTS[variant]} ${SIZES[size]}`;
}
