-- CreateTable
CREATE TABLE "ArticleExtraction" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "articleId" TEXT NOT NULL,
    "result" JSONB NOT NULL,
    "factCount" INTEGER NOT NULL,
    "reviewStatus" TEXT NOT NULL DEFAULT 'pending',
    "extractedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reviewedAt" DATETIME,
    "reviewedById" TEXT,
    CONSTRAINT "ArticleExtraction_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "IdempotencyKey" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "requestHash" TEXT NOT NULL,
    "status" INTEGER NOT NULL,
    "response" JSONB NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Article" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "publisher" TEXT,
    "title" TEXT,
    "url" TEXT,
    "publishedAt" DATETIME,
    "timeZone" TEXT,
    "text" TEXT NOT NULL,
    "html" TEXT,
    "contentHash" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_Article" ("contentHash", "createdAt", "id", "publishedAt", "publisher", "text", "timeZone", "title", "url") SELECT "contentHash", "createdAt", "id", "publishedAt", "publisher", "text", "timeZone", "title", "url" FROM "Article";
DROP TABLE "Article";
ALTER TABLE "new_Article" RENAME TO "Article";
CREATE UNIQUE INDEX "Article_url_key" ON "Article"("url");
CREATE UNIQUE INDEX "Article_contentHash_key" ON "Article"("contentHash");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "ArticleExtraction_articleId_extractedAt_idx" ON "ArticleExtraction"("articleId", "extractedAt");

-- CreateIndex
CREATE INDEX "ArticleExtraction_reviewStatus_extractedAt_idx" ON "ArticleExtraction"("reviewStatus", "extractedAt");

-- CreateIndex
CREATE INDEX "IdempotencyKey_createdAt_idx" ON "IdempotencyKey"("createdAt");
