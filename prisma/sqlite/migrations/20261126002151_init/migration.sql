-- CreateTable
CREATE TABLE "Economy" (
    "code" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'country',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "EconomyAlias" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "economyCode" TEXT NOT NULL,
    "alias" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    CONSTRAINT "EconomyAlias_economyCode_fkey" FOREIGN KEY ("economyCode") REFERENCES "Economy" ("code") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Negotiation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "NegotiationParty" (
    "negotiationId" TEXT NOT NULL,
    "economyCode" TEXT NOT NULL,

    PRIMARY KEY ("negotiationId", "economyCode"),
    CONSTRAINT "NegotiationParty_negotiationId_fkey" FOREIGN KEY ("negotiationId") REFERENCES "Negotiation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "NegotiationParty_economyCode_fkey" FOREIGN KEY ("economyCode") REFERENCES "Economy" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Round" (
    "id" TEXT NOT NULL PRIMARY KEY,
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
    "deletedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Round_negotiationId_fkey" FOREIGN KEY ("negotiationId") REFERENCES "Negotiation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RoundNumbering" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "roundId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "sourceUrl" TEXT,
    "note" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "RoundNumbering_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Person" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "nameKey" TEXT NOT NULL,
    "countryCode" TEXT NOT NULL,
    "title" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Person_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Economy" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RoundParticipant" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "roundId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "sideCode" TEXT NOT NULL,
    CONSTRAINT "RoundParticipant_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "RoundParticipant_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "RoundParticipant_sideCode_fkey" FOREIGN KEY ("sideCode") REFERENCES "Economy" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TariffMeasure" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "externalKey" TEXT,
    "imposerCode" TEXT NOT NULL,
    "targetCode" TEXT,
    "sector" TEXT NOT NULL,
    "rate" REAL NOT NULL,
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
    "deletedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "TariffMeasure_imposerCode_fkey" FOREIGN KEY ("imposerCode") REFERENCES "Economy" ("code") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "TariffMeasure_targetCode_fkey" FOREIGN KEY ("targetCode") REFERENCES "Economy" ("code") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "TariffMeasure_negotiationId_fkey" FOREIGN KEY ("negotiationId") REFERENCES "Negotiation" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Milestone" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "externalKey" TEXT,
    "dateStart" TEXT,
    "dateEnd" TEXT,
    "datePrecision" TEXT NOT NULL DEFAULT 'day',
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "negotiationId" TEXT,
    "roundId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Milestone_negotiationId_fkey" FOREIGN KEY ("negotiationId") REFERENCES "Negotiation" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Milestone_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Article" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "publisher" TEXT,
    "title" TEXT,
    "url" TEXT,
    "publishedAt" DATETIME,
    "timeZone" TEXT,
    "text" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Citation" (
    "id" TEXT NOT NULL PRIMARY KEY,
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Citation_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Citation_negotiationId_fkey" FOREIGN KEY ("negotiationId") REFERENCES "Negotiation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Citation_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Citation_milestoneId_fkey" FOREIGN KEY ("milestoneId") REFERENCES "Milestone" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Citation_tariffMeasureId_fkey" FOREIGN KEY ("tariffMeasureId") REFERENCES "TariffMeasure" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Citation_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Revision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "actorId" TEXT,
    "actorLabel" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "reason" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
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
