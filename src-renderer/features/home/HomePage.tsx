import { Button, Card, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Profile, RoleChoice } from "../../../shared/domain/settings";
import type { WorkAreaId } from "../../app/areas";
import { countryNames } from "../../app/country-names";

interface HomePageProps {
  profile: Profile;
  roleChoice: RoleChoice;
  areas: readonly WorkAreaId[];
  onOpen: (area: WorkAreaId) => void;
}

/** The role's home screen: who this install is for, and the way into each of its areas. */
export function HomePage({
  profile,
  roleChoice,
  areas,
  onOpen,
}: HomePageProps) {
  const { t, i18n } = useTranslation();
  const coverage =
    roleChoice.role === "hub"
      ? t("countries.all")
      : countryNames(roleChoice.countries, i18n.language);
  return (
    <Stack gap="lg">
      <div>
        <Title order={1} size="h2">
          {t("home.welcome", { name: profile.name })}
        </Title>
        <Text c="dimmed">
          {t("home.coverage", {
            role: t(`roles.${roleChoice.role}.name`),
            countries: coverage,
          })}
        </Text>
      </div>
      <Text>{t(`home.intro.${roleChoice.role}`)}</Text>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {areas.map((area) => (
          <Card
            key={area}
            withBorder
            padding="md"
            component="section"
            aria-labelledby={`area-${area}`}
          >
            <Stack gap="xs" h="100%">
              <Title order={2} size="h4" id={`area-${area}`}>
                {t(`nav.${area}`)}
              </Title>
              <Text size="sm" style={{ flexGrow: 1 }}>
                {t(`areas.${area}`)}
              </Text>
              <Button
                variant="light"
                onClick={() => {
                  onOpen(area);
                }}
                aria-label={t("home.open", { area: t(`nav.${area}`) })}
              >
                {t(`nav.${area}`)}
              </Button>
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
