#include "core/cloud/OneShotBody.h"

#include <algorithm>
#include <cstring>
#include <utility>

namespace dwb {

OneShotBody::OneShotBody(QByteArray data) : m_data(std::move(data))
{
    open(QIODevice::ReadOnly);
}

qint64 OneShotBody::readData(char *out, qint64 max)
{
    const qint64 n = std::min<qint64>(max, m_data.size() - m_pos);
    if (n <= 0)
        return 0;
    std::memcpy(out, m_data.constData() + m_pos, size_t(n));
    m_pos += n;
    return n;
}

} // namespace dwb
