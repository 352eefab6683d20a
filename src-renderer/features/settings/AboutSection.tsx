import { Code, Table } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useDesk } from "../../app/desk-context";
import { Section } from "../../components/Section";

export function AboutSection() {
  const { t, i18n } = useTranslation();
  const { appInfo, firstOpenedAt } = useDesk();
  const rows: [string, React.ReactNode][] = [
    [t("settings.version"), appInfo.version],
    [t("settings.dataLocation"), <Code key="dir">{appInfo.dataDir}</Code>],
    [
      t("settings.shell"),
      appInfo.shell === "electron"
        ? t("settings.shellElectron")
        : t("settings.shellBrowser"),
    ],
    [
      t("settings.database"),
      new Intl.DateTimeFormat(i18n.language, {
        dateStyle: "long",
        timeStyle: "short",
      }).format(new Date(firstOpenedAt)),
    ],
  ];
  return (
    <Section title={t("settings.aboutSection")}>
      <Table variant="vertical" withTableBorder>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={220}>{label}</Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Section>
  );
}
