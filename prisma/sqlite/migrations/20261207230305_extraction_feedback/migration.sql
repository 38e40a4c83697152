-- CreateTable
CREATE TABLE "ExtractionFeedback" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "articleId" TEXT NOT NULL,
    "extractionId" TEXT NOT NULL,
    "factType" TEXT NOT NULL,
    "identity" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "proposed" JSONB NOT NULL,
    "recorded" JSONB,
    "reviewerId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ExtractionFeedback_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ExtractionFeedback_articleId_action_idx" ON "ExtractionFeedback"("articleId", "action");

-- CreateIndex
CREATE INDEX "ExtractionFeedback_createdAt_idx" ON "ExtractionFeedback"("createdAt");
