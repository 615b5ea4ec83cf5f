import { Monitor, Moon, Sun } from "@/components/icons";
import { getTranslations } from "next-intl/server";
import { cookies } from "next/headers";
import { setTheme } from "@/lib/theme/actions";
import { THEME_COOKIE, themeFromCookie } from "@/lib/theme/config";

const OPTIONS = [
  { value: "light", key: "themeLight", Icon: Sun },
  { value: "dark", key: "themeDark", Icon: Moon },
  { value: "system", key: "themeSystem", Icon: Monitor },
] as const;

/** Three buttons posting the choice to a server action: no script of its own, works before hydration. */
export async function ThemeToggle() {
  const t = await getTranslations("nav");
  const theme = themeFromCookie((await cookies()).get(THEME_COOKIE)?.value);
  return (
    <form action={setTheme} role="group" aria-label={t("theme")} className="flex items-center gap-0.5 rounded-md border p-0.5">
      {OPTIONS.map(({ value, key, Icon }) => (
        <button
          key={value}
          type="submit"
          name="theme"
          value={value}
          aria-pressed={theme === value}
          aria-label={t(key)}
          title={t(key)}
          className={`inline-flex size-7 items-center justify-center rounded transition-colors hover:bg-secondary hover:text-foreground focus-visible:outline-2 focus-visible:outline-ring ${
            theme === value ? "bg-secondary text-foreground" : "text-muted-foreground"
          }`}
        >
          <Icon className="size-4" aria-hidden />
        </button>
      ))}
    </form>
  );
}
