-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Economy" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'country',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Economy_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "EconomyAlias" (
    "id" TEXT NOT NULL,
    "economyCode" TEXT NOT NULL,
    "alias" TEXT NOT NULL,
    "kind" TEXT NOT NULL,

    CONSTRAINT "EconomyAlias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Negotiation" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Negotiation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NegotiationParty" (
    "negotiationId" TEXT NOT NULL,
    "economyCode" TEXT NOT NULL,

    CONSTRAINT "NegotiationParty_pkey" PRIMARY KEY ("negotiationId","economyCode")
);

-- CreateTable
CREATE TABLE "Round" (
    "id" TEXT NOT NULL,
    "externalKey" TEXT,
    "negotiationId" TEXT NOT NULL,
    "number" INTEGER,
    "level" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "dateStart" TEXT,
    "dateEnd" TEXT,
    "datePrecision" TEXT NOT NULL DEFAULT 'unknown',
    "location" TEXT,
    "outcome" TEXT,
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Round_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoundNumbering" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "sourceUrl" TEXT,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RoundNumbering_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameKey" TEXT NOT NULL,
    "countryCode" TEXT NOT NULL,
    "title" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoundParticipant" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "sideCode" TEXT NOT NULL,

    CONSTRAINT "RoundParticipant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TariffMeasure" (
    "id" TEXT NOT NULL,
    "externalKey" TEXT,
    "imposerCode" TEXT NOT NULL,
    "targetCode" TEXT,
    "sector" TEXT NOT NULL,
    "rate" DOUBLE PRECISION NOT NULL,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "stacking" TEXT NOT NULL,
    "legalBasis" TEXT,
    "announcedOn" TEXT,
    "effectiveFrom" TEXT,
    "effectiveTo" TEXT,
    "note" TEXT,
    "negotiationId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TariffMeasure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Milestone" (
    "id" TEXT NOT NULL,
    "externalKey" TEXT,
    "dateStart" TEXT,
    "dateEnd" TEXT,
    "datePrecision" TEXT NOT NULL DEFAULT 'day',
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "negotiationId" TEXT,
    "roundId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Milestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Article" (
    "id" TEXT NOT NULL,
    "publisher" TEXT,
    "title" TEXT,
    "url" TEXT,
    "publishedAt" TIMESTAMP(3),
    "timeZone" TEXT,
    "text" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Citation" (
    "id" TEXT NOT NULL,
    "articleId" TEXT,
    "url" TEXT,
    "quote" TEXT,
    "startOffset" INTEGER,
    "endOffset" INTEGER,
    "negotiationId" TEXT,
    "roundId" TEXT,
    "milestoneId" TEXT,
    "tariffMeasureId" TEXT,
    "personId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Citation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Revision" (
    "id" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "actorId" TEXT,
    "actorLabel" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "reason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Revision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EconomyAlias_alias_idx" ON "EconomyAlias"("alias");

-- CreateIndex
CREATE UNIQUE INDEX "EconomyAlias_economyCode_alias_key" ON "EconomyAlias"("economyCode", "alias");

-- CreateIndex
CREATE UNIQUE INDEX "Negotiation_slug_key" ON "Negotiation"("slug");

-- CreateIndex
CREATE INDEX "NegotiationParty_economyCode_idx" ON "NegotiationParty"("economyCode");

-- CreateIndex
CREATE UNIQUE INDEX "Round_externalKey_key" ON "Round"("externalKey");

-- CreateIndex
CREATE INDEX "Round_negotiationId_number_idx" ON "Round"("negotiationId", "number");

-- CreateIndex
CREATE INDEX "Round_dateStart_idx" ON "Round"("dateStart");

-- CreateIndex
CREATE UNIQUE INDEX "RoundNumbering_roundId_source_key" ON "RoundNumbering"("roundId", "source");

-- CreateIndex
CREATE UNIQUE INDEX "Person_nameKey_countryCode_key" ON "Person"("nameKey", "countryCode");

-- CreateIndex
CREATE INDEX "RoundParticipant_personId_idx" ON "RoundParticipant"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "RoundParticipant_roundId_personId_key" ON "RoundParticipant"("roundId", "personId");

-- CreateIndex
CREATE UNIQUE INDEX "TariffMeasure_externalKey_key" ON "TariffMeasure"("externalKey");

-- CreateIndex
CREATE INDEX "TariffMeasure_imposerCode_targetCode_sector_idx" ON "TariffMeasure"("imposerCode", "targetCode", "sector");

-- CreateIndex
CREATE INDEX "TariffMeasure_effectiveFrom_idx" ON "TariffMeasure"("effectiveFrom");

-- CreateIndex
CREATE INDEX "TariffMeasure_announcedOn_idx" ON "TariffMeasure"("announcedOn");

-- CreateIndex
CREATE UNIQUE INDEX "Milestone_externalKey_key" ON "Milestone"("externalKey");

-- CreateIndex
CREATE INDEX "Milestone_dateStart_idx" ON "Milestone"("dateStart");

-- CreateIndex
CREATE INDEX "Milestone_negotiationId_idx" ON "Milestone"("negotiationId");

-- CreateIndex
CREATE UNIQUE INDEX "Article_url_key" ON "Article"("url");

-- CreateIndex
CREATE UNIQUE INDEX "Article_contentHash_key" ON "Article"("contentHash");

-- CreateIndex
CREATE INDEX "Citation_roundId_idx" ON "Citation"("roundId");

-- CreateIndex
CREATE INDEX "Citation_milestoneId_idx" ON "Citation"("milestoneId");

-- CreateIndex
CREATE INDEX "Citation_tariffMeasureId_idx" ON "Citation"("tariffMeasureId");

-- CreateIndex
CREATE INDEX "Citation_negotiationId_idx" ON "Citation"("negotiationId");

-- CreateIndex
CREATE INDEX "Citation_personId_idx" ON "Citation"("personId");

-- CreateIndex
CREATE INDEX "Citation_articleId_idx" ON "Citation"("articleId");

-- CreateIndex
CREATE INDEX "Revision_entityType_entityId_createdAt_idx" ON "Revision"("entityType", "entityId", "createdAt");

-- CreateIndex
CREATE INDEX "Revision_createdAt_idx" ON "Revision"("createdAt");

-- AddForeignKey
ALTER TABLE "EconomyAlias" ADD CONSTRAINT "EconomyAlias_economyCode_fkey" FOREIGN KEY ("economyCode") REFERENCES "Economy"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NegotiationParty" ADD CONSTRAINT "NegotiationParty_negotiationId_fkey" FOREIGN KEY ("negotiationId") REFERENCES "Negotiation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NegotiationParty" ADD CONSTRAINT "NegotiationParty_economyCode_fkey" FOREIGN KEY ("economyCode") REFERENCES "Economy"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Round" ADD CONSTRAINT "Round_negotiationId_fkey" FOREIGN KEY ("negotiationId") REFERENCES "Negotiation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundNumbering" ADD CONSTRAINT "RoundNumbering_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Economy"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundParticipant" ADD CONSTRAINT "RoundParticipant_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundParticipant" ADD CONSTRAINT "RoundParticipant_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundParticipant" ADD CONSTRAINT "RoundParticipant_sideCode_fkey" FOREIGN KEY ("sideCode") REFERENCES "Economy"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TariffMeasure" ADD CONSTRAINT "TariffMeasure_imposerCode_fkey" FOREIGN KEY ("imposerCode") REFERENCES "Economy"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TariffMeasure" ADD CONSTRAINT "TariffMeasure_targetCode_fkey" FOREIGN KEY ("targetCode") REFERENCES "Economy"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TariffMeasure" ADD CONSTRAINT "TariffMeasure_negotiationId_fkey" FOREIGN KEY ("negotiationId") REFERENCES "Negotiation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Milestone" ADD CONSTRAINT "Milestone_negotiationId_fkey" FOREIGN KEY ("negotiationId") REFERENCES "Negotiation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Milestone" ADD CONSTRAINT "Milestone_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_negotiationId_fkey" FOREIGN KEY ("negotiationId") REFERENCES "Negotiation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_milestoneId_fkey" FOREIGN KEY ("milestoneId") REFERENCES "Milestone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_tariffMeasureId_fkey" FOREIGN KEY ("tariffMeasureId") REFERENCES "TariffMeasure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;
