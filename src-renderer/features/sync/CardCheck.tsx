import { Button, Code, FileInput, Text, TextInput } from "@mantine/core";
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";

export interface CardCheckProps {
  fileLabel: string;
  confirmLabel: string;
  confirmHelp: string;
  actionLabel: string;
  busy: boolean;
  /** The file is not JSON: say so where the person looks. */
  onUnreadable: () => void;
  /** Trusts or enrols the card; resolves true when it was accepted. */
  onConfirm: (card: unknown, confirmedFingerprint: string) => Promise<boolean>;
  /** Extra fields between the fingerprint and the button (role and countries, say). */
  children?: ReactNode;
}

/**
 * Opening a card file (hub or device) and typing the fingerprint its holder read aloud over a
 * second channel; main compares the two and refuses a mismatch. The card's own claim is shown,
 * never trusted.
 */
export function CardCheck(props: CardCheckProps) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [card, setCard] = useState<{
    value: unknown;
    fingerprint: string;
    replaces: string[];
  } | null>(null);
  const [confirmed, setConfirmed] = useState("");

  const read = async (chosen: File | null) => {
    setFile(chosen);
    setCard(null);
    if (!chosen) return;
    try {
      const value: unknown = JSON.parse(await chosen.text());
      const claim = (key: string): unknown =>
        typeof value === "object" && value !== null && key in value
          ? (value as Record<string, unknown>)[key]
          : undefined;
      const replaces = claim("replaces");
      setCard({
        value,
        fingerprint:
          typeof claim("fingerprint") === "string"
            ? String(claim("fingerprint"))
            : "",
        replaces: Array.isArray(replaces) ? replaces.map(String) : [],
      });
    } catch {
      props.onUnreadable();
    }
  };
  const confirm = async () => {
    if (!card || !(await props.onConfirm(card.value, confirmed))) return;
    setFile(null);
    setCard(null);
    setConfirmed("");
  };

  return (
    <>
      <FileInput
        label={props.fileLabel}
        accept=".json"
        clearable
        value={file}
        onChange={(chosen) => void read(chosen)}
      />
      {card && (
        <>
          <Text>
            {t("sync.hub.cardSays")} <Code>{card.fingerprint}</Code>
          </Text>
          {card.replaces.length > 0 && (
            <Text>
              {t("sync.admin.replaces")} <Code>{card.replaces.join(", ")}</Code>
            </Text>
          )}
          <TextInput
            label={props.confirmLabel}
            description={props.confirmHelp}
            value={confirmed}
            onChange={(event) => {
              setConfirmed(event.currentTarget.value);
            }}
          />
          {props.children}
          <Button
            style={{ alignSelf: "flex-start" }}
            loading={props.busy}
            onClick={() => void confirm()}
          >
            {props.actionLabel}
          </Button>
        </>
      )}
    </>
  );
}
