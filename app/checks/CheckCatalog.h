#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <QStringList>

class Check;
struct CheckContext;

// The Bitbucket checks there are: their ids in display order, their titles, and how to make one.
class CheckCatalog
{
    Q_DECLARE_TR_FUNCTIONS(CheckCatalog)

public:
    static QStringList ids();
    static QString title(const QString &id);
    // nullptr for an unknown id.
    static Check *create(const QString &id, const CheckContext &context, QObject *parent);
};
